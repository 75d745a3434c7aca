// Bundles the three entry points into dist/: the CLI, the language server and the VS Code extension.
import { build, context } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['vscode'],
  logLevel: 'warning',
};
const entries = [
  { entryPoints: { cli: 'server/src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { server: 'server/src/lsp/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { extension: 'client/src/extension.ts' } },
];
for (const entry of entries) {
  const options = { ...common, ...entry, outdir: 'dist', outExtension: { '.js': '.cjs' } };
  if (watch) await (await context(options)).watch();
  else await build(options);
}
