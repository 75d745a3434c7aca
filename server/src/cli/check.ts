/**
 * `baton check`: loads the workspace, builds the model once, lints each checked file once
 * (the same engine as the language server), applies safe fixes with `--fix`, and reports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../linter/config';
import type { Diagnostic } from '../linter/diagnostic';
import { applyFixes } from '../linter/fix';
import { lintFile } from '../linter/lint';
import { buildModel, type Model, ParseCache } from '../semantics/model';
import type { Locale } from '../syntax/message';
import { ConfigLoader, configDiagnostics, type ConfigFile, isConfigFile } from '../node/config-file';
import { importsThrough, loadTexts, toFsPath, toKey, writeText } from '../node/workspace';
import { buildReport, type Report } from './report';

/** At most this many rounds of fixing: a fix may make another one possible. */
export const MAX_FIX_PASSES = 10;

export interface CheckOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  /** `--config`, as given. */
  readonly config?: string;
  /** `--locale`. */
  readonly locale?: Locale;
  /** From the environment: the fallback after the configuration's `locale`. */
  readonly envLocale?: Locale;
  readonly fix: boolean;
  readonly quiet: boolean;
  /** `YYYY-MM-DD`. */
  readonly today: string;
  readonly version: string;
}

export interface CheckOutcome {
  /** Absent when the run stopped early (an unreadable `--config`). */
  readonly report?: Report;
  /** Lines for standard error: unreadable paths, configuration and write failures. */
  readonly problems: readonly string[];
  /** Bad usage, unreadable path, bad configuration, failed write or an internal error. */
  readonly fatal: boolean;
}

export function runCheck(options: CheckOptions): CheckOutcome {
  const problems: string[] = [];
  let fatal = false;
  const override = options.config === undefined ? undefined : toKey(options.config, options.cwd);
  const configs = new ConfigLoader({ override });
  if (override !== undefined) {
    const loaded = configs.load(override);
    if (!isConfigFile(loaded)) {
      return { problems: [`cannot read configuration ${options.config}: ${loaded.message}`], fatal: true };
    }
  }

  const cache = new ParseCache();
  const workspace = loadTexts(options.paths.length === 0 ? ['.'] : options.paths, { cwd: options.cwd, importsOf: importsThrough(cache) });
  for (const error of workspace.errors) {
    problems.push(`${error.path}: ${error.message}`);
    fatal = true;
  }
  const checked = workspace.checked;
  const checkedSet = new Set(checked);
  const configOf = (uri: string): Config => configs.configFor(uri);

  let texts = workspace.texts;
  let model = buildModel(texts, cache);
  const lintAll = (m: Model): Diagnostic[] =>
    checked.flatMap((uri) => lintFile(m, uri, { config: configOf(uri), today: options.today }).diagnostics);
  let diagnostics = lintAll(model);

  const fixed: string[] = [];
  if (options.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      // Only fixes whose every edit lands in a checked file: context files are not ours to change.
      const fixable = diagnostics.filter((d) => d.fix !== undefined && d.fix.edits.every((e) => checkedSet.has(e.uri)));
      const changed = [...applyFixes(texts, fixable)].filter(([uri, text]) => texts.get(uri) !== text);
      if (changed.length === 0) break;
      texts = new Map(texts);
      for (const [uri, text] of changed) texts.set(uri, text);
      model = buildModel(texts, cache);
      diagnostics = lintAll(model);
    }
    for (const uri of checked) {
      const text = texts.get(uri)!;
      if (text === workspace.texts.get(uri)) continue;
      try {
        writeText(uri, text, workspace.bom.has(uri));
        fixed.push(uri);
      } catch (error) {
        problems.push(`cannot write ${path.relative(options.cwd, toFsPath(uri)) || uri}: ${error instanceof Error ? error.message : String(error)}`);
        fatal = true;
      }
    }
  }

  // The configurations in use: unreadable ones and their problems make the run fail with 2.
  const used = new Map<string, ConfigFile>();
  const seenPaths = new Set<string>();
  for (const uri of override === undefined ? checked : []) {
    const result = configs.resultFor(uri);
    if (result === undefined || seenPaths.has(result.path)) continue;
    seenPaths.add(result.path);
    if (isConfigFile(result)) used.set(result.path, result);
    else {
      problems.push(`cannot read configuration ${path.relative(options.cwd, toFsPath(result.path)) || result.path}: ${result.message}`);
      fatal = true;
    }
  }
  if (override !== undefined) {
    const result = configs.load(override);
    if (isConfigFile(result)) used.set(result.path, result);
  }
  const allTexts = new Map(texts);
  for (const file of used.values()) {
    if (file.problems.length === 0) continue;
    fatal = true;
    allTexts.set(file.path, file.text);
    diagnostics.push(...configDiagnostics(file));
  }

  if (diagnostics.some((d) => d.ruleId === 'internal-error')) fatal = true;
  if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');

  const localeFor = (uri: string): Locale => options.locale ?? configOf(uri).locale ?? options.envLocale ?? 'en';
  const first = checked[0] ?? `${toKey('.', options.cwd)}/${'_'}`;
  const report = buildReport({
    cwd: options.cwd,
    version: options.version,
    checked,
    diagnostics,
    texts: allTexts,
    locale: localeFor(first),
    localeFor,
    fixed,
  });
  return { report, problems, fatal };
}

/** Writes the report to `--output`, creating its folder when needed. */
export function writeOutput(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, 'utf8');
}
