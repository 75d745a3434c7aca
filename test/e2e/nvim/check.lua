-- Headless Neovim as a second real LSP client: loads the configuration the docs give Neovim users
-- (docs/editors/neovim.lua) with the bundled server, opens a county plan of samples/submitted, and
-- checks diagnostics, hover and go-to-definition (through the `gd` mapping the config sets).
--
--   BATON_ROOT=<clone> BATON_WORKSPACE=<copy of samples/submitted> \
--     nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/nvim/check.lua'
-- Exit code 0 when every check passed. Works with Neovim 0.7 (Debian bookworm) and later.
local root = assert(os.getenv('BATON_ROOT'), 'BATON_ROOT is not set')
local workspace = assert(os.getenv('BATON_WORKSPACE'), 'BATON_WORKSPACE is not set')
local passed, failed = 0, 0

local function say(text)
  io.stdout:write(text .. '\n')
end

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    say('  ok   ' .. name)
  else
    failed = failed + 1
    say('  FAIL ' .. name .. (detail and (': ' .. detail) or ''))
  end
end

local function finish()
  say(string.format('[nvim] %d passed, %d failed', passed, failed))
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  vim.cmd(failed == 0 and 'qa!' or 'cquit! 1')
end

local ok, err = pcall(function()
  local v = vim.version()
  say(string.format('[nvim] Neovim %d.%d.%d', v.major, v.minor, v.patch))
  -- As a user would: Neovim started in the project folder (no .git or baton.config.json in the copy).
  vim.cmd('cd ' .. vim.fn.fnameescape(workspace))
  local baton = dofile(root .. '/docs/editors/neovim.lua')
  baton.setup({ cmd = { 'node', root .. '/dist/server.cjs', '--stdio' } })

  -- 1. The file type and the server.
  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/linchuan/bailu/county.baton'))
  local bufnr = vim.api.nvim_get_current_buf()
  check('*.baton has the filetype baton', vim.bo[bufnr].filetype == 'baton', vim.bo[bufnr].filetype)
  local attached = vim.wait(10000, function()
    return #vim.lsp.buf_get_clients(bufnr) > 0
  end, 50)
  check('the Baton language server attaches', attached)

  -- 2. Diagnostics: the escalation warning on line 32 (`目标 ≥ 35%`).
  local escalation
  vim.wait(15000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.lnum == 31 and (d.message or ''):find('stricter than the parent plan', 1, true) then
        escalation = d
        return true
      end
    end
    return false
  end, 50)
  check('an escalation warning on line 32', escalation ~= nil,
    string.format('%d diagnostics', #vim.diagnostic.get(bufnr)))
  if escalation then
    say(string.format('       %d:%d %s: %s', escalation.lnum + 1, escalation.col + 1,
      vim.diagnostic.severity[escalation.severity], escalation.message))
    check('it is a warning', escalation.severity == vim.diagnostic.severity.WARN)
    local code = escalation.code or (escalation.user_data and escalation.user_data.lsp and escalation.user_data.lsp.code)
    check('its code is escalation', code == 'escalation', tostring(code))
    check('it names the parent plan', escalation.message:find('临川市2026', 1, true) ~= nil, escalation.message)
  end

  -- 3. Hover on the escalated target: the chain of targets from the origin.
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 31, character = 10 } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000) or {}
  local hover = ''
  for _, response in pairs(responses) do
    if response.result and response.result.contents then
      hover = response.result.contents.value or ''
    end
  end
  local first = hover:find('清河省2026', 1, true)
  local second = hover:find('临川市2026', 1, true)
  check('hover shows the chain origin → city → county', first ~= nil and second ~= nil and first < second
    and hover:find('白鹭县2026', 1, true) ~= nil, hover)

  -- 4. Go to definition with the `gd` mapping: `上级方案 临川市2026` (line 12) → the city plan.
  vim.api.nvim_win_set_cursor(0, { 12, 16 })
  vim.cmd('normal gd')
  local jumped = vim.wait(10000, function()
    return vim.api.nvim_buf_get_name(0):find('linchuan/city.baton$') ~= nil
  end, 50)
  local cursor = vim.api.nvim_win_get_cursor(0)
  check('gd jumps to the parent plan in linchuan/city.baton', jumped, vim.api.nvim_buf_get_name(0))
  check('… at its declaration (line 6)', cursor[1] == 6, string.format('line %d', cursor[1]))

  -- 5. The second buffer shares the first one's server (one per project root).
  vim.wait(5000, function()
    return #vim.lsp.buf_get_clients(0) > 0
  end, 50)
  check('one server for both files', #vim.lsp.get_active_clients() == 1 and #vim.lsp.buf_get_clients(0) == 1,
    string.format('%d clients', #vim.lsp.get_active_clients()))
end)
if not ok then
  check('no Lua error', false, tostring(err))
end
finish()
