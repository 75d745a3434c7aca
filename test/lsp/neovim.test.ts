/**
 * A second, independent LSP client: headless Neovim (0.7 or later) starts
 * `dist/server.cjs --stdio`, opens a plan with a Chinese file name, and reads the
 * diagnostics and a hover. Skipped, with a note, where `nvim` is not installed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace, removeWorkspace, SERVER } from './harness';

const CITY = `plan city_2025 "某市考核方案" {
  level city
  assesses county
  period 2025
  indicator forest "森林覆盖率" {
    target >= 30 %
    weight 100
  }
}
`;

const COUNTY = `引用 "city.baton"

方案 县2025 "某县考核方案" {
  层级 县
  考核对象 乡镇
  考核年度 2025
  上级方案 city_2025
  指标 forest "森林覆盖率" {
    目标 ≥ 35%
    权重 100
  }
}
`;

/** Starts the server, waits for an escalation diagnostic, hovers the indicator, prints both. */
const SCRIPT = (server: string, file: string, root: string): string => `
local file = ${JSON.stringify(file)}
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'baton',
  cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(server)}, '--stdio' },
  root_dir = ${JSON.stringify(root)},
  workspace_folders = { { uri = vim.uri_from_fname(${JSON.stringify(root)}), name = 'ws' } },
  init_options = { today = '2026-06-30' },
})
vim.lsp.buf_attach_client(buf, client_id)
local found = vim.wait(15000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'escalation' then return true end
  end
  return false
end, 50)
if not found then
  io.stdout:write('NO DIAGNOSTICS\\n')
  vim.cmd('cquit! 1')
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  io.stdout:write(string.format('DIAG %d:%d %s %s\\n', d.lnum, d.col, tostring(d.code), d.message))
end
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = 7, character = 6 },
}, 10000)
for _, response in pairs(responses or {}) do
  if response.result and response.result.contents then
    io.stdout:write('HOVER ' .. (response.result.contents.value or '') .. '\\n')
  end
end
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qa!')
`;

describe('lsp: Neovim as the client', function () {
  this.timeout(60000);

  it('shows diagnostics and hovers from the server', function () {
    if (spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status !== 0) {
      console.log('    (nvim is not installed: apt-get install neovim to run this test)');
      this.skip();
    }
    const folder = makeWorkspace({ 'city.baton': CITY, '县方案.baton': COUNTY });
    try {
      const script = join(folder, 'test.lua');
      writeFileSync(script, SCRIPT(SERVER, join(folder, '县方案.baton'), folder));
      const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
        encoding: 'utf8', timeout: 50000, cwd: folder, env: { ...process.env, XDG_STATE_HOME: folder, XDG_DATA_HOME: folder, XDG_CACHE_HOME: folder },
      });
      const output = `${result.stdout}${result.stderr}`;
      assert.equal(result.status, 0, output);
      // On `35`, line 9 (Neovim counts lines from 0).
      assert.match(output, /DIAG 8:\d+ escalation Target `≥ 35%` is stricter than/);
      assert.match(output, /HOVER \*\*indicator\*\* `forest`/);
      assert.match(output, /≥ 35%.*stricter/);
    } finally {
      removeWorkspace(folder);
    }
  });
});
