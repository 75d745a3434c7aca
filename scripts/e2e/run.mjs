// `npm run test:e2e`: every real-client test, after installing the tools they need when missing
// (scripts/e2e/install.sh: Debian packages, and code-server + Node 24 + playwright-core cached outside
// the clone). `npm test` runs it after the unit, protocol and grammar tests.
//
//   node scripts/e2e/run.mjs [vscode] [vscode-zh] [ui] [nvim] [emacs]     (default: all of them)
//
//   vscode     the extension's integration suite (test/e2e/vscode/) in a real VS Code, English UI
//   vscode-zh  the same suite with VS Code's display language set to Chinese (zh-cn)
//   ui         the packaged .vsix installed with code-server's CLI; hover screenshot (test/e2e/ui/)
//   nvim       headless Neovim with docs/editors/neovim.lua (test/e2e/nvim/)
//   emacs      Emacs + eglot with docs/editors/baton.el (test/e2e/emacs/)
//
// BATON_SKIP_E2E=1 skips everything (says so); BATON_E2E_KEEP=1 keeps the run folders.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, elapsed, installTools, packageVsix, ROOT, runFolder, sampleWorkspace } from './lib.mjs';

const ALL = ['vscode', 'vscode-zh', 'ui', 'nvim', 'emacs'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of wanted) {
  if (!ALL.includes(name)) {
    console.error(`unknown test ${name}; choose from ${ALL.join(', ')}`);
    process.exit(2);
  }
}
const selected = wanted.length > 0 ? wanted : ALL;

if (process.env.BATON_SKIP_E2E === '1') {
  console.log('[e2e] SKIPPED: BATON_SKIP_E2E=1 (the real-client tests did not run)');
  process.exit(0);
}

const start = Date.now();
const results = [];
// Screenshots of failures are evidence of this run only.
if (existsSync(ARTIFACTS)) {
  for (const name of readdirSync(ARTIFACTS)) if (/^vscode-.*-failure\.png$/.test(name)) rmSync(join(ARTIFACTS, name));
}

/** Runs a command with inherited output, killing it after `timeout` ms; resolves to its exit code. */
function run(name, command, args, { timeout = 300_000, env = {}, cwd = ROOT } = {}) {
  const t0 = Date.now();
  console.log(`\n[e2e] ── ${name} ──`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    const timer = setTimeout(() => {
      console.log(`[e2e] ${name}: no result after ${timeout / 1000} s, stopping it`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }, timeout);
    child.on('error', (error) => console.log(`[e2e] ${name}: ${error.message}`));
    child.on('close', (code) => {
      clearTimeout(timer);
      results.push({ name, ok: code === 0, time: elapsed(t0) });
      resolve(code);
    });
  });
}

function step(name, action) {
  const t0 = Date.now();
  try {
    const value = action();
    console.log(`[e2e] ${name}: ${elapsed(t0)}`);
    return value;
  } catch (error) {
    console.error(`[e2e] ${name} FAILED: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

const tools = step('tools (scripts/e2e/install.sh)', () => installTools());
const env = { BATON_E2E_TOOLS: tools };
step('build (dist/ and dist/e2e/)', () => {
  for (const script of ['esbuild.mjs', 'scripts/e2e/build.mjs']) {
    const result = spawnSync(process.execPath, [script], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`node ${script} failed`);
  }
});
const scratch = runFolder('run');

if (selected.includes('vscode')) await run('VS Code, English UI', process.execPath, ['scripts/e2e/vscode-suite.mjs', '--locale', 'en-US'], { env });
if (selected.includes('vscode-zh')) await run('VS Code, Chinese UI', process.execPath, ['scripts/e2e/vscode-suite.mjs', '--locale', 'zh-CN'], { env });
if (selected.includes('ui')) {
  const vsix = step('vsce package', () => packageVsix(join(scratch.dir, 'baton.vsix')));
  await run('VS Code UI: .vsix install, Problems panel, hover screenshot', process.execPath, ['test/e2e/ui/hover.mjs', '--vsix', vsix], { env });
}
if (selected.includes('nvim')) {
  const workspace = sampleWorkspace(join(scratch.dir, 'nvim'));
  await run('Neovim', 'nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', 'luafile test/e2e/nvim/check.lua'], {
    timeout: 60_000,
    env: { BATON_ROOT: ROOT, BATON_WORKSPACE: workspace, XDG_STATE_HOME: scratch.dir, XDG_DATA_HOME: scratch.dir, XDG_CACHE_HOME: scratch.dir },
  });
}
if (selected.includes('emacs')) {
  const workspace = sampleWorkspace(join(scratch.dir, 'emacs'));
  await run('Emacs + eglot', 'emacs', ['--batch', '-q', '-l', 'test/e2e/emacs/check.el'], {
    timeout: 60_000,
    env: { BATON_ROOT: ROOT, BATON_WORKSPACE: workspace, HOME: join(scratch.dir, 'emacs-home') },
  });
}

const ok = results.every((r) => r.ok);
scratch.done(ok);
console.log('\n[e2e] real-client tests:');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.time})`);
console.log(`[e2e] ${ok ? 'all passed' : 'FAILED'} in ${elapsed(start)}`);
process.exit(ok ? 0 : 1);
