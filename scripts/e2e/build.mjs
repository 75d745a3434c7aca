// Bundles the VS Code integration tests to dist/e2e/vscode/: index.cjs (the `run()` entry that
// @vscode/test-electron and scripts/e2e/vscode-suite.mjs hand to VS Code, with Mocha inside) and
// baton.e2e.cjs (the tests). dist/ is ignored by git, and .vscodeignore keeps it out of the .vsix.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await build({
  absWorkingDir: root,
  entryPoints: { index: 'test/e2e/vscode/index.ts', 'baton.e2e': 'test/e2e/vscode/baton.e2e.ts' },
  outdir: 'dist/e2e/vscode',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode'],
  logLevel: 'warning',
  // Mocha's parallel mode (unused here) resolves its worker files at run time.
  logOverride: { 'require-resolve-not-external': 'silent' },
});
