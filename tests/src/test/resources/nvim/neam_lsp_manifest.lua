-- neam.toml in headless Neovim 0.7+: opens NEAM_FILE with the file type Neovim detects (toml), waits
-- for its diagnostics, asks for completion at NEAM_COMPLETE and hover at NEAM_HOVER ("line:character",
-- 0-based), the outline and formatting, stops the server and writes what it saw to NEAM_OUT as JSON.
local session = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/neam_lsp_session.lua')
local file = os.getenv('NEAM_FILE')
local result = { errors = {}, completions = {}, symbols = {} }

local function position(buf, text)
  local parts = vim.split(text, ':')
  return {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    position = { line = tonumber(parts[1]), character = tonumber(parts[2]) },
  }
end

local function request(buf, method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, 10000)
  for _, response in pairs(responses or {}) do
    if response.err then
      error(method .. ' failed: ' .. vim.inspect(response.err))
    end
    return response.result
  end
end

session.run(result, function()
  local buf, stop = session.open(result, file, true)
  result.filetype = vim.bo[buf].filetype

  local completion = request(buf, 'textDocument/completion', position(buf, os.getenv('NEAM_COMPLETE')))
  for _, item in ipairs(completion and (completion.items or completion) or {}) do
    table.insert(result.completions, item.label)
  end
  local hover = request(buf, 'textDocument/hover', position(buf, os.getenv('NEAM_HOVER')))
  result.hover = hover and hover.contents and hover.contents.value or vim.NIL
  for _, symbol in ipairs(request(buf, 'textDocument/documentSymbol',
      { textDocument = vim.lsp.util.make_text_document_params(buf) }) or {}) do
    table.insert(result.symbols, symbol.name)
  end
  result.formatting = #(request(buf, 'textDocument/formatting', { textDocument = vim.lsp.util.make_text_document_params(buf),
    options = { tabSize = 2, insertSpaces = true } }) or {})

  stop()
end)
