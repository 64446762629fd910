-- Asks neam-lsp for completion from headless Neovim 0.7+: opens NEAM_FILE, waits for its
-- diagnostics (the server has then analysed it), sends textDocument/completion at each
-- "line:character" of NEAM_POSITIONS (0-based, separated by ';'), stops the server and writes the
-- labels received per position to NEAM_OUT as JSON.
local out_path = os.getenv('NEAM_OUT')
local file = os.getenv('NEAM_FILE')
local positions = vim.split(os.getenv('NEAM_POSITIONS'), ';', { trimempty = true })
local result = { completions = {}, errors = {} }

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
    error('timed out waiting for the server to analyse the file')
  end

  for _, position in ipairs(positions) do
    local parts = vim.split(position, ':')
    local params = {
      textDocument = vim.lsp.util.make_text_document_params(buf),
      position = { line = tonumber(parts[1]), character = tonumber(parts[2]) },
    }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, 10000)
    local labels = {}
    for _, response in pairs(responses or {}) do
      if response.err then
        error('completion failed: ' .. vim.inspect(response.err))
      end
      local items = response.result and (response.result.items or response.result) or {}
      for _, item in ipairs(items) do
        table.insert(labels, item.label)
      end
    end
    result.completions[position] = labels
  end

  vim.lsp.stop_client(client_id)
  vim.wait(15000, function() return exited end, 50)
end)
if not ok then
  table.insert(result.errors, tostring(err))
end
finish()
