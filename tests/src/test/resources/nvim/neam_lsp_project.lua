-- Opens a Neam project's files in headless Neovim 0.7+ with the configuration that docs/editors.md
-- documents (the block between the markers below, which NeovimTest finds word for word in the
-- docs), lets Neovim detect each file type itself (neam, toml, yaml, dockerfile), waits for the
-- diagnostics of every file of NEAM_FILES and writes what Neovim saw to NEAM_OUT as JSON. The
-- files of NEAM_OTHER_FILES lie outside any Neam project and must not be attached.
local session = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h') .. '/neam_lsp_session.lua')
local files = vim.split(os.getenv('NEAM_FILES'), '\n', { trimempty = true })
local others = vim.split(os.getenv('NEAM_OTHER_FILES') or '', '\n', { trimempty = true })
local result = { diagnostics = {}, filetypes = {}, attached = {}, errors = {} }

local published = {}
local on_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  published[vim.uri_to_fname(params.uri)] = true
  return on_publish(err, params, ctx, config)
end

local function run()
  -- begin documented configuration
  vim.cmd([[autocmd BufRead,BufNewFile *.neam setfiletype neam]])

  -- The folder holding neam.toml above a file, or nil outside a Neam project.
  local function neam_root(file)
    local manifest = vim.fn.findfile('neam.toml', vim.fn.fnamemodify(file, ':p:h') .. ';')
    if manifest ~= '' then
      return vim.fn.fnamemodify(manifest, ':p:h')
    end
  end

  local neam_client
  vim.api.nvim_create_autocmd('FileType', {
    pattern = { 'neam', 'toml', 'yaml', 'dockerfile' },
    callback = function(args)
      local root = neam_root(args.file)
      if args.match ~= 'neam' and not root then
        return -- TOML, YAML and Dockerfiles of other projects
      end
      if not neam_client then
        neam_client = vim.lsp.start_client({
          name = 'neam-lsp',
          cmd = { os.getenv('NEAM_JAVA'), '-jar', os.getenv('NEAM_LSP_JAR') },
          root_dir = root or vim.fn.getcwd(),
          init_options = { languageVersion = 'auto', debounceMs = 200 },
        })
      end
      vim.lsp.buf_attach_client(args.buf, neam_client)
    end,
  })
  -- end documented configuration

  local buffers = {}
  for _, file in ipairs(vim.list_extend(vim.deepcopy(files), others)) do
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    buffers[file] = vim.api.nvim_get_current_buf()
  end

  session.wait_published(files, published, 90000)

  for file, buf in pairs(buffers) do
    result.filetypes[file] = vim.bo[buf].filetype
    result.attached[file] = #vim.lsp.buf_get_clients(buf) > 0
    result.diagnostics[file] = session.diagnostics(buf)
  end

  vim.lsp.stop_client(neam_client)
  result.stopped = vim.wait(15000, function() return vim.lsp.client_is_stopped(neam_client) end, 50)
end

session.run(result, run)
