/**
 * `baton check`: loads the workspace, builds the model once, lints each checked file once
 * (the same engine as the language server), applies safe fixes with `--fix`, and reports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Baseline, type BaselineKey, createBaseline, fingerprint, formatBaseline, matchBaseline, parseBaseline } from '../linter/baseline';
import type { Config } from '../linter/config';
import type { Diagnostic, Suppression } from '../linter/diagnostic';
import { applyFixes } from '../linter/fix';
import { lintFile } from '../linter/lint';
import { type Negotiation, negotiationsOf } from '../linter/negotiations';
import { buildModel, type Model, ParseCache } from '../semantics/model';
import type { Locale } from '../syntax/message';
import { ConfigLoader, configDiagnostics, type ConfigFile, isConfigFile } from '../node/config-file';
import { importsThrough, loadTexts, readText, toFsPath, toKey, writeText } from '../node/workspace';
import { LineIndex } from '../syntax/text';
import { type BaselineSummary, buildReport, type Report } from './report';

/** At most this many rounds of fixing: a fix may make another one possible. */
export const MAX_FIX_PASSES = 10;

/** The baseline file `--update-baseline` writes when `--baseline` names none. */
export const DEFAULT_BASELINE = 'baton-baseline.json';

/** Findings that are never recorded in a baseline: they are about Baton or its setup, not the plans. */
const NEVER_BASELINED = new Set(['invalid-config', 'internal-error']);

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
  /** `--report-suppressed`. */
  readonly reportSuppressed?: boolean;
  /** `--baseline`, as given. */
  readonly baseline?: string;
  /** `--update-baseline`. */
  readonly updateBaseline?: boolean;
}

export interface CheckOutcome {
  /** Absent when the run stopped early (an unreadable `--config`). */
  readonly report?: Report;
  /** Lines for standard error: unreadable paths, configuration and write failures. */
  readonly problems: readonly string[];
  /** Bad usage, unreadable path, bad configuration, failed write or an internal error. */
  readonly fatal: boolean;
  /** Lines for standard error that are no failure (nothing found to check). */
  readonly hints?: readonly string[];
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

  // The baseline is read before any work, so a bad one stops the run at once (as `--config` does).
  const baselineGiven = options.baseline ?? (options.updateBaseline === true ? DEFAULT_BASELINE : undefined);
  const baselineKey = baselineGiven === undefined ? undefined : toKey(baselineGiven, options.cwd);
  let previous: Baseline | undefined;
  if (baselineKey !== undefined) {
    const read = readBaseline(baselineKey);
    if ('baseline' in read) previous = read.baseline;
    else if (options.updateBaseline !== true) return { problems: [`cannot read baseline ${baselineGiven}: ${read.error}`], fatal: true };
  }

  const cache = new ParseCache();
  const workspace = loadTexts(options.paths.length === 0 ? ['.'] : options.paths, { cwd: options.cwd, importsOf: importsThrough(cache) });
  for (const error of workspace.errors) {
    problems.push(`${error.path}: ${error.message}`);
    fatal = true;
  }
  const checked = workspace.checked;
  const hints: string[] = [];
  if (checked.length === 0 && workspace.errors.length === 0) {
    const where = options.paths.length === 0 ? 'the current folder' : options.paths.join(', ');
    hints.push(`no .baton files found in ${where} (folders are searched for *.baton files; see baton --help)`);
  }
  const checkedSet = new Set(checked);
  const configOf = (uri: string): Config => configs.configFor(uri);

  let texts = workspace.texts;
  let model = buildModel(texts, cache);
  let suppressions: Suppression[] = [];
  const lintAll = (m: Model): Diagnostic[] => {
    suppressions = [];
    return checked.flatMap((uri) => {
      const result = lintFile(m, uri, { config: configOf(uri), today: options.today });
      suppressions.push(...result.suppressions);
      return result.diagnostics;
    });
  };
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

  let negotiations: Negotiation[] | undefined;
  if (options.reportSuppressed === true) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) {
      const list = byFile.get(d.uri);
      if (list === undefined) byFile.set(d.uri, [d]);
      else list.push(d);
    }
    negotiations = checked.flatMap((uri) => negotiationsOf(model.files.get(uri)!, options.today, byFile.get(uri) ?? []));
  }

  // The baseline applies to every finding, before `--quiet` chooses what is shown.
  let baseline: BaselineSummary | undefined;
  if (baselineKey !== undefined) {
    const folder = path.dirname(toFsPath(baselineKey));
    const lineIndexes = new Map<string, LineIndex>();
    const keyed = diagnostics.map((d): BaselineKey & { readonly diagnostic: Diagnostic } => {
      const text = allTexts.get(d.uri) ?? '';
      let lines = lineIndexes.get(d.uri);
      if (lines === undefined) lineIndexes.set(d.uri, lines = model.files.get(d.uri)?.lines ?? new LineIndex(text));
      return { file: relativeTo(folder, d.uri), rule: d.ruleId, fingerprint: fingerprint(text, d.range, lines), diagnostic: d };
    });
    const recordable = keyed.filter((k) => !NEVER_BASELINED.has(k.rule));
    const roots = (options.paths.length === 0 ? ['.'] : options.paths).map((p) => toKey(p, options.cwd));
    const inScope = (file: string): boolean => {
      const key = toKey(file, folder);
      if (checkedSet.has(key)) return true;
      return roots.some((root) => key === root || key.startsWith(root.endsWith('/') ? root : `${root}/`)) && !fs.existsSync(toFsPath(key));
    };
    let written = false;
    let against = previous ?? createBaseline([]);
    if (options.updateBaseline === true) {
      // Entries of files this run did not look at are kept.
      const kept = (previous?.findings ?? []).filter((entry) => !inScope(entry.file));
      against = createBaseline([...kept, ...recordable]);
      try {
        writeOutput(toFsPath(baselineKey), formatBaseline(against));
        written = true;
      } catch (error) {
        problems.push(`cannot write baseline ${baselineGiven}: ${error instanceof Error ? error.message : String(error)}`);
        fatal = true;
      }
    }
    const match = matchBaseline(against, recordable, inScope);
    const known = new Set(match.matched.map((k) => k.diagnostic));
    diagnostics = diagnostics.filter((d) => !known.has(d));
    baseline = {
      file: path.relative(options.cwd, toFsPath(baselineKey)).split(path.sep).join('/') || baselineKey,
      written,
      matched: match.matched.length,
      new: keyed.length - match.matched.length,
      gone: match.gone,
    };
  }

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
    negotiations,
    suppressions: options.reportSuppressed === true ? suppressions : undefined,
    baseline,
  });
  return { report, problems, fatal, hints };
}

/** Reads and parses a baseline file; a problem is one line. */
function readBaseline(key: string): { baseline: Baseline } | { error: string } {
  let text: string;
  try {
    text = readText(key).text;
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : error instanceof Error ? error.message : String(error) };
  }
  return parseBaseline(text);
}

/** A key relative to a folder (an OS path), with forward slashes. */
function relativeTo(folder: string, key: string): string {
  return path.relative(folder, toFsPath(key)).split(path.sep).join('/');
}

/** Writes the report to `--output`, creating its folder when needed. */
export function writeOutput(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, 'utf8');
}
