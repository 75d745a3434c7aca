// `npm run test:vscode:electron`: the same integration suite as scripts/e2e/vscode-suite.mjs
// (dist/e2e/vscode/index.cjs), in desktop VS Code through @vscode/test-electron, which downloads VS Code
// from update.code.visualstudio.com. Not run by `npm test`: use it where that site is reachable
// (on Linux without a display: `xvfb-run -a npm run test:vscode:electron`).
//
// @vscode/test-electron is pinned to 2.5.2, the newest release that runs on Node 20 (3.x needs
// Node 22 or later); it is installed on first use next to the other e2e tools, outside the clone.
//
//   BATON_VSCODE_VERSION=stable|insiders|1.139.1   (default stable)
//   BATON_VSCODE_EXECUTABLE=/path/to/code          (use an installed VS Code instead of downloading)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { packageVsix, ROOT, runFolder, sampleWorkspace } from './lib.mjs';

const TEST_ELECTRON_VERSION = '2.5.2';
const home = process.env.BATON_E2E_HOME ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'baton-e2e');
const dir = join(home, `test-electron-${TEST_ELECTRON_VERSION}`);
if (!existsSync(join(dir, 'node_modules/@vscode/test-electron/package.json'))) {
  mkdirSync(dir, { recursive: true });
  const install = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', `@vscode/test-electron@${TEST_ELECTRON_VERSION}`], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(1);
}
const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } = createRequire(join(dir, 'package.json'))('@vscode/test-electron');

for (const script of ['esbuild.mjs', 'scripts/e2e/build.mjs']) {
  if (spawnSync(process.execPath, [script], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
}

let vscodeExecutablePath = process.env.BATON_VSCODE_EXECUTABLE;
try {
  vscodeExecutablePath ??= await downloadAndUnzipVSCode(process.env.BATON_VSCODE_VERSION ?? 'stable');
} catch (error) {
  console.error(`[electron] cannot download VS Code: ${error instanceof Error ? error.message : error}`);
  console.error('[electron] offline? `npm run test:vscode` runs the same suite in the VS Code bundled with code-server');
  process.exit(1);
}
const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
let failed = 0;
for (const locale of ['en', 'zh-cn']) {
  const run = runFolder(`electron-${locale}`);
  const extensionsDir = join(run.dir, 'extensions');
  const userDataDir = join(run.dir, 'user-data');
  if (locale !== 'en') {
    // A display language needs a language pack: the test fixture (no translations) sets vscode.env.language.
    const pack = packageVsix(join(run.dir, 'zh-cn-display-language.vsix'), join(ROOT, 'test/e2e/vscode/zh-cn-display-language'));
    spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', pack], { stdio: 'inherit' });
  }
  console.log(`\n[electron] VS Code ${vscodeExecutablePath}, display language ${locale}`);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'dist/e2e/vscode/index.cjs'),
      launchArgs: [sampleWorkspace(run.dir), '--locale', locale, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
        '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-gpu'],
    });
    run.done(true);
  } catch (error) {
    console.error(`[electron] ${locale}: ${error instanceof Error ? error.message : error}`);
    failed++;
    run.done(false);
  }
}
process.exit(failed === 0 ? 0 : 1);
