-- Asks neam-lsp for completion from headless Neovim 0.7+: opens NEAM_FILE, waits for its
-- diagnostics (the server has then analysed it), sends textDocument/completion at each
-- "line:character" of NEAM_POSITIONS (0-based, separated by ';'), stops the server and writes the
-- labels received per position to NEAM_OUT as JSON.
local session = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/neam_lsp_session.lua')
local file = os.getenv('NEAM_FILE')
local positions = vim.split(os.getenv('NEAM_POSITIONS'), ';', { trimempty = true })
local result = { completions = {}, errors = {} }

session.run(result, function()
  local buf, stop = session.open(result, file)

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

  stop()
end)
