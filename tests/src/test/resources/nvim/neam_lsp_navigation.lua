-- Asks neam-lsp for hover and definition from headless Neovim 0.7+: opens NEAM_FILE, waits for its
-- diagnostics (the server has analysed it), then sends textDocument/hover and
-- textDocument/definition at NEAM_LINE:NEAM_COL (0-based) with Neovim's own client capabilities,
-- and writes the raw answers to NEAM_OUT as JSON.
local session = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/neam_lsp_session.lua')
local file = os.getenv('NEAM_FILE')
local line = tonumber(os.getenv('NEAM_LINE'))
local col = tonumber(os.getenv('NEAM_COL'))
local result = { errors = {} }

session.run(result, function()
  local buf, stop = session.open(result, file)

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

  stop()
end)
