-- What the Neovim scenarios share: start neam-lsp with Neovim 0.7+'s own client
-- (vim.lsp.start_client exists in every version; vim.lsp.start only from 0.8), open one file and wait
-- until the server has analysed it, stop the server, and write what was seen to NEAM_OUT as JSON.
local M = {}

-- Runs body() protected; its error (if any) joins result.errors; then writes result and quits.
function M.run(result, body)
  local ok, err = pcall(body)
  if not ok then
    table.insert(result.errors, tostring(err))
  end
  local f = io.open(os.getenv('NEAM_OUT'), 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

-- Starts the server (no debounce), opens file, waits for its diagnostics. Returns the buffer and a
-- stop() that shuts the server down and records its exit code in result.exit_code. The buffer's
-- file type is set to neam, unless detect is true (then it is what Neovim detects, e.g. toml).
function M.open(result, file, detect)
  local published = false
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'neam-lsp',
    cmd = { os.getenv('NEAM_JAVA'), '-jar', os.getenv('NEAM_LSP_JAR') },
    root_dir = os.getenv('NEAM_ROOT'),
    init_options = { debounceMs = 0 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        published = true
        result.published = result.published or {}
        for _, d in ipairs(params.diagnostics) do
          table.insert(result.published, d.code)
        end
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
  if not detect then
    vim.bo[buf].filetype = 'neam'
  end
  vim.lsp.buf_attach_client(buf, client_id)
  if not vim.wait(90000, function() return published end, 50) then
    error('timed out waiting for the server to analyse ' .. file)
  end
  local function stop()
    vim.lsp.stop_client(client_id)
    vim.wait(15000, function() return exited end, 50)
  end
  return buf, stop
end

-- Waits until the server has published diagnostics for every file (published: absolute path -> true).
function M.wait_published(files, published, timeout)
  local all = vim.wait(timeout or 90000, function()
    for _, file in ipairs(files) do
      if not published[vim.fn.fnamemodify(file, ':p')] then
        return false
      end
    end
    return true
  end, 50)
  if not all then
    error('timed out waiting for diagnostics; published: ' .. vim.inspect(published))
  end
end

-- The diagnostics Neovim holds for a buffer, as plain tables with the LSP code.
function M.diagnostics(buf)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then
      code = d.user_data.lsp.code
    end
    table.insert(items, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = code,
    })
  end
  return items
end

return M
