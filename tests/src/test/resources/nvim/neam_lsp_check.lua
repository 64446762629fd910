-- Drives neam-lsp from headless Neovim 0.7+ (vim.lsp.start_client exists in every version;
-- vim.lsp.start only from 0.8). Opens each file of NEAM_FILES, waits until the server has published
-- diagnostics for every one, asks for document symbols, stops the server and writes what Neovim
-- saw to NEAM_OUT as JSON. Configured through the environment so that the test needs no quoting.
local session = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/neam_lsp_session.lua')
local files = vim.split(os.getenv('NEAM_FILES'), '\n', { trimempty = true })
local result = { diagnostics = {}, symbols = {}, published = {}, errors = {}, formatting = {}, tokens = {} }

session.run(result, function()
  local published = {}
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'neam-lsp',
    cmd = { os.getenv('NEAM_JAVA'), '-jar', os.getenv('NEAM_LSP_JAR') },
    root_dir = os.getenv('NEAM_ROOT'),
    init_options = {
      languageVersion = 'auto',
      diagnostics = { syntax = true, semantic = true, manifest = true, deploy = true },
      debounceMs = 0,
      deploy = { globs = { 'deploy/**' } },
    },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
        published[vim.uri_to_fname(params.uri)] = true
        vim.lsp.diagnostic.on_publish_diagnostics(e, params, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      result.exit_code = code
      exited = true
    end,
  })
  if not client_id then
    error('vim.lsp.start_client returned nil')
  end

  local buffers = {}
  for _, file in ipairs(files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].filetype = 'neam'
    vim.lsp.buf_attach_client(buf, client_id)
    buffers[file] = buf
  end

  session.wait_published(files, published)

  for file, buf in pairs(buffers) do
    result.published[file] = true
    result.diagnostics[file] = session.diagnostics(buf)
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol',
      { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000)
    local names = {}
    for _, response in pairs(responses or {}) do
      for _, symbol in ipairs(response.result or {}) do
        table.insert(names, symbol.name)
      end
    end
    result.symbols[file] = names
    -- formatting (none for a file with syntax errors) and semantic tokens, as Neovim asks for them
    local formatted = vim.lsp.buf_request_sync(buf, 'textDocument/formatting',
      { textDocument = vim.lsp.util.make_text_document_params(buf),
        options = { tabSize = 4, insertSpaces = true } }, 10000)
    local tokens = vim.lsp.buf_request_sync(buf, 'textDocument/semanticTokens/full',
      { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000)
    for _, response in pairs(formatted or {}) do
      result.formatting[file] = #(response.result or {})
    end
    for _, response in pairs(tokens or {}) do
      result.tokens[file] = #((response.result or {}).data or {})
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(15000, function() return exited end, 50)
end)
