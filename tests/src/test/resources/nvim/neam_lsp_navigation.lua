-- Asks neam-lsp for hover and definition from headless Neovim 0.7+: opens NEAM_FILE, waits for its
-- diagnostics (the server has analysed it), then sends textDocument/hover and
-- textDocument/definition at NEAM_LINE:NEAM_COL (0-based) with Neovim's own client capabilities,
-- and writes the raw answers to NEAM_OUT as JSON.
local out_path = os.getenv('NEAM_OUT')
local file = os.getenv('NEAM_FILE')
local line = tonumber(os.getenv('NEAM_LINE'))
local col = tonumber(os.getenv('NEAM_COL'))
local result = { errors = {} }

local function finish()
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local published = false
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'neam-lsp',
    cmd = { os.getenv('NEAM_JAVA'), '-jar', os.getenv('NEAM_LSP_JAR') },
    root_dir = os.getenv('NEAM_ROOT'),
    init_options = { debounceMs = 0 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function()
        published = true
      end,
    },
    on_exit = function(code)
      result.exit_code = code
      exited = true
    end,
  })
  if not client_id then
    error('vim.lsp.start_client returned nil')
  end
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'neam'
  vim.lsp.buf_attach_client(buf, client_id)
  if not vim.wait(30000, function() return published end, 50) then
    error('timed out waiting for diagnostics')
  end

  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    position = { line = line, character = col },
  }
  for _, method in ipairs({ 'textDocument/hover', 'textDocument/definition' }) do
    local responses = vim.lsp.buf_request_sync(buf, method, params, 10000)
    for _, response in pairs(responses or {}) do
      if response.err then
        table.insert(result.errors, method .. ': ' .. vim.inspect(response.err))
      end
      result[method] = response.result
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(15000, function() return exited end, 50)
end)
if not ok then
  table.insert(result.errors, tostring(err))
end
finish()
