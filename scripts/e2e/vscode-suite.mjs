// Runs the extension's integration tests (dist/e2e/vscode/index.cjs, the `extensionTestsPath`
// contract of @vscode/test-electron) inside a real VS Code: the VS Code server bundled in code-server
// with its real Node extension host, and its web workbench in headless Chromium. The extension is
// loaded from the clone (extensionDevelopmentPath); the workspace is a copy of samples/submitted.
//
//   node scripts/e2e/vscode-suite.mjs [--locale en-US|zh-CN] [--tools DIR]
//
// `--locale` is the browser's language, which is VS Code's display language (`vscode.env.language`)
// in the web workbench. Needs `npm run build` and `node scripts/e2e/build.mjs` first.
// Exit code: the suite's (0 when every test passed).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, elapsed, launchChromium, packageVsix, ROOT, runFolder, sampleWorkspace, startVsCodeServer, tools as getTools } from './lib.mjs';

/** What the offline workbench logs on every start (no marketplace, no GitHub, no service worker on server-main). */
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin extensions cache|\[Service Worker\]|\[AgentHost:|\[AccountPolicyGate\]|Timed out waiting for authentication provider|getaddrinfo ENOTFOUND open-vsx\.org)/;

const argv = process.argv;
const locale = argv.includes('--locale') ? argv[argv.indexOf('--locale') + 1] : 'en-US';
const timeoutMs = Number(process.env.BATON_E2E_TIMEOUT_MS ?? 240_000);
const suite = join(ROOT, 'dist/e2e/vscode/index.cjs');
if (!existsSync(suite) || !existsSync(join(ROOT, 'dist/extension.cjs'))) {
  console.error('[vscode] build first: npm run build && node scripts/e2e/build.mjs');
  process.exit(2);
}

const start = Date.now();
const tools = getTools();
const run = runFolder(`vscode-${locale}`);
const workspace = sampleWorkspace(run.dir);
let code = 1;
let server;
let browser;
try {
  // VS Code's display language is the browser's only if a language pack for it is installed.
  const languagePacks = locale.toLowerCase().startsWith('zh')
    ? [packageVsix(join(run.dir, 'zh-cn-display-language.vsix'), join(ROOT, 'test/e2e/vscode/zh-cn-display-language'))]
    : [];
  server = await startVsCodeServer(tools, run.dir, { languagePacks, locale: languagePacks.length > 0 ? locale.toLowerCase() : undefined });
  browser = await launchChromium(tools, run.dir, { locale });
  const page = browser.pages()[0] ?? (await browser.newPage());
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  // The smoke-test driver forwards the extension host's console and the exit code of run().
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const [first = ''] = Array.isArray(args) ? args : [args];
    if (!NOISE.test(String(first))) console.log(...(Array.isArray(args) ? args : [args]));
  });
  await page.exposeFunction('codeAutomationExit', (exitCode) => finish(exitCode));
  page.on('pageerror', (error) => console.log(`[vscode] page error: ${error.message}`));
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${server.host}${ROOT}`],
    ['extensionTestsPath', `vscode-remote://${server.host}${suite}`],
  ]);
  console.log(`[vscode] VS Code server ${server.url} (pid ${server.pid}), UI language ${locale}, workspace ${workspace}`);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const timer = setTimeout(() => finish('timeout'), timeoutMs);
  const result = await finished;
  clearTimeout(timer);
  if (result === 'timeout') console.log(`[vscode] no result after ${timeoutMs / 1000} s`);
  code = result === 0 ? 0 : 1;
  if (code !== 0) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, `vscode-suite-${locale}-failure.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    console.log(`[vscode] screenshot of the failure: ${shot}`);
  }
} catch (error) {
  console.error(`[vscode] ${error instanceof Error ? error.stack : error}`);
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop();
  console.log(`[vscode] suite (${locale}) ${code === 0 ? 'passed' : 'FAILED'} in ${elapsed(start)}`);
  run.done(code === 0);
}
process.exit(code);
