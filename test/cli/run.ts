/**
 * Runs the built CLI (`dist/cli.cjs`) in temporary folders. The bundle is rebuilt once per
 * test run when it is missing or older than its sources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { localize, type Locale } from '../../server/src/syntax/message';
import { lintTexts } from '../support/check';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist', 'cli.cjs');

let built = false;

/** Builds `dist/cli.cjs` unless it is newer than every source it bundles. */
export function ensureBuilt(): void {
  if (built) return;
  const newest = Math.max(
    newestMtime(path.join(ROOT, 'server', 'src')),
    fs.statSync(path.join(ROOT, 'package.json')).mtimeMs,
    fs.statSync(path.join(ROOT, 'esbuild.mjs')).mtimeMs,
  );
  const current = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : -1;
  if (current < newest) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** A fresh folder holding `files` (relative path → text); removed by `cleanUp`. */
export function workspace(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'baton-cli-')));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

const made: string[] = [];

export function cleanUp(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.cjs …args` in `cwd` with a neutral environment plus `env`. */
export function baton(cwd: string, args: readonly string[], env: Record<string, string> = {}): Run {
  ensureBuilt();
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', NO_COLOR: '1' };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8' });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The engine's message for the first `ruleId` finding in `text`, so tests follow wording changes. */
export function coreMessage(text: string, ruleId: string, locale: Locale = 'en'): string {
  const found = lintTexts(new Map([['/x.baton', text]])).diagnostics.find((d) => d.ruleId === ruleId);
  if (found === undefined) throw new Error(`no ${ruleId} finding in ${JSON.stringify(text)}`);
  return localize(found.message, locale);
}

const MULTITOOL = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

/** Runs Microsoft's SARIF validator (the Multitool) on a log and returns its findings of level error. */
export function validateSarif(log: string): string[] {
  // npm 11 does not run the package's postinstall chmod.
  fs.chmodSync(MULTITOOL, 0o755);
  const dir = workspace({ 'log.sarif': log });
  const out = path.join(dir, 'validation.sarif');
  const result = spawnSync(MULTITOOL, ['validate', path.join(dir, 'log.sarif'), '--output', out, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  if (!fs.existsSync(out)) throw new Error(`the validator wrote no result: ${result.stdout}${result.stderr}`);
  const validation = JSON.parse(fs.readFileSync(out, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }[] }[] };
  const errors = (validation.runs[0].results ?? []).filter((r) => r.level === 'error')
    .map((r) => `${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' ')}`);
  if (errors.length === 0 && result.status !== 0) throw new Error(`the validator failed: ${result.stdout}`);
  return errors;
}
