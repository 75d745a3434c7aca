/**
 * The entry point of the extension integration tests, in @vscode/test-electron's contract:
 * VS Code loads this module in the extension host (as `extensionTestsPath`) and awaits `run()`.
 * scripts/e2e/build.mjs bundles it, with Mocha, to dist/e2e/vscode/index.cjs, next to the bundled
 * tests (baton.e2e.cjs). It runs in a real VS Code here (scripts/e2e/vscode-suite.mjs: the VS Code
 * server bundled in code-server, driven by Chromium) and in desktop VS Code where it can be
 * downloaded (scripts/e2e/electron.mjs).
 */
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
  mocha.addFile(join(__dirname, 'baton.e2e.cjs'));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
