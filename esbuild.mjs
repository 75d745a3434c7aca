// Bundles the three entry points into dist/: the CLI, the language server and the VS Code extension.
import { existsSync, readFileSync } from 'node:fs';
import { build, context } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['vscode'],
  // jsonc-parser's UMD build (its `main`) requires modules dynamically; its ES build bundles.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // The package version, for `baton-language-server --version` and the server's `serverInfo`.
  define: { BATON_VERSION: JSON.stringify(version) },
};
const entries = [
  { entryPoints: { cli: 'server/src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { server: 'server/src/lsp/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { extension: 'client/src/extension.ts' } },
];
for (const entry of entries) {
  // An entry whose source is not written yet is skipped, so the others still build.
  if (!Object.values(entry.entryPoints).every((source) => existsSync(source))) continue;
  const options = { ...common, ...entry, outdir: 'dist', outExtension: { '.js': '.cjs' } };
  if (watch) await (await context(options)).watch();
  else await build(options);
}
