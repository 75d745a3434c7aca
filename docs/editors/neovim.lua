-- Baton for Neovim's built-in LSP client (Neovim 0.7 or later, no plugin needed).
--
-- Install: copy this file to ~/.config/nvim/lua/baton.lua and put in your init.lua
--
--   require('baton').setup()
--
-- or, with options (all optional):
--
--   require('baton').setup({
--     cmd = { 'node', '/path/to/baton/dist/server.cjs', '--stdio' },  -- default: baton-language-server --stdio
--     locale = 'zh-CN',            -- language of messages: 'auto' (default: English in Neovim), 'en' or 'zh-CN'
--     keymaps = true,              -- K hover, gd definition, gr references, <leader>rn rename, <leader>ca code action
--   })
--
-- What it does: *.baton files get the filetype `baton`; opening one starts the Baton language server
-- (one per project root: the nearest folder with baton.config.json or .git, else the current directory)
-- and attaches the buffer. Diagnostics, hover, completion (<C-x><C-o>), go to definition, references,
-- rename, code actions, formatting (vim.lsp.buf.format on 0.8+) all come from the server.
-- This file is checked by Baton's tests (test/e2e/nvim/check.lua) with Neovim 0.7.

local M = {}

local defaults = {
  cmd = { 'baton-language-server', '--stdio' },
  locale = 'auto',
  keymaps = true,
}

M.options = vim.deepcopy(defaults)

--- The project root of `path`: the nearest folder holding baton.config.json or .git; else the
--- current directory if the file is under it (Neovim started in the project); else the file's folder.
function M.root_dir(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local found = vim.fn.findfile('baton.config.json', dir .. ';')
  if found ~= '' then
    return vim.fn.fnamemodify(found, ':p:h')
  end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  local cwd = vim.fn.getcwd()
  if (dir .. '/'):sub(1, #cwd + 1) == cwd .. '/' then
    return cwd
  end
  return dir
end

local function on_attach(_, bufnr)
  vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
  if not M.options.keymaps then
    return
  end
  local function map(lhs, rhs)
    vim.keymap.set('n', lhs, rhs, { buffer = bufnr, silent = true })
  end
  map('K', vim.lsp.buf.hover)
  map('gd', vim.lsp.buf.definition)
  map('gr', vim.lsp.buf.references)
  map('<leader>rn', vim.lsp.buf.rename)
  map('<leader>ca', vim.lsp.buf.code_action)
end

-- Neovim 0.7 has no vim.lsp.start: one client per root, reused for every Baton buffer under it.
local clients = {}

--- Starts (or reuses) the server for the buffer and attaches it.
function M.attach(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return
  end
  local root = M.root_dir(name)
  local config = {
    name = 'baton',
    cmd = M.options.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    init_options = { locale = M.options.locale },
    on_attach = on_attach,
  }
  if vim.lsp.start ~= nil then
    -- Neovim 0.8+: reuses the client of the same name and root.
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client(config)
    if id == nil then
      vim.notify('Baton: cannot start ' .. table.concat(M.options.cmd, ' '), vim.log.levels.ERROR)
      return
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

function M.setup(options)
  M.options = vim.tbl_deep_extend('force', vim.deepcopy(defaults), options or {})
  local group = vim.api.nvim_create_augroup('baton', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = '*.baton',
    callback = function(args)
      vim.bo[args.buf].filetype = 'baton'
    end,
  })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'baton',
    callback = function(args)
      vim.bo[args.buf].commentstring = '// %s'
      M.attach(args.buf)
    end,
  })
end

return M
