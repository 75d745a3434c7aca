/**
 * What every output format prints: findings with 1-based lines and UTF-16 columns, paths
 * relative to the current folder with forward slashes, messages in the chosen language,
 * sorted by file, line and column.
 */
import * as path from 'node:path';
import type { Diagnostic } from '../linter/diagnostic';
import type { Severity } from '../rules/rule';
import { type Locale, localize } from '../syntax/message';
import { LineIndex, type TextRange } from '../syntax/text';
import { toFsPath } from '../node/workspace';

/** A 1-based span; `endColumn` is the column just after the last character, as in SARIF and LSP. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Place extends Span {
  /** Path relative to the current folder, with forward slashes. */
  readonly file: string;
}

export interface ReportedFix {
  readonly description: string;
  readonly edits: readonly (Place & { readonly newText: string })[];
}

export interface Finding extends Place {
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  readonly related: readonly (Place & { readonly message: string })[];
  readonly fix?: ReportedFix;
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  /** Infos and hints. */
  readonly infos: number;
}

export interface Report {
  readonly version: string;
  /** Checked files, relative, in order. */
  readonly checked: readonly string[];
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  /** The language of the report's own words (summary lines, rule descriptions). */
  readonly locale: Locale;
  /** Files written by `--fix`, relative. */
  readonly fixed: readonly string[];
}

export interface ReportInput {
  readonly cwd: string;
  readonly version: string;
  readonly checked: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** Texts of every file a finding, related location or edit may point into. */
  readonly texts: ReadonlyMap<string, string>;
  readonly locale: Locale;
  /** The language of the messages of a file's findings. */
  readonly localeFor: (uri: string) => Locale;
  readonly fixed: readonly string[];
}

export function buildReport(input: ReportInput): Report {
  const lineIndexes = new Map<string, LineIndex>();
  const relatives = new Map<string, string>();
  const relative = (uri: string): string => {
    let rel = relatives.get(uri);
    if (rel === undefined) {
      rel = relativePath(input.cwd, uri);
      relatives.set(uri, rel);
    }
    return rel;
  };
  const place = (uri: string, range: TextRange): Place => {
    let lines = lineIndexes.get(uri);
    if (lines === undefined) {
      lines = new LineIndex(input.texts.get(uri) ?? '');
      lineIndexes.set(uri, lines);
    }
    // A malformed range (a recovered node without an end) still prints as a position.
    const startOffset = Number.isFinite(range.start) ? range.start : 0;
    const endOffset = Number.isFinite(range.end) && range.end >= startOffset ? range.end : startOffset;
    const start = lines.position(startOffset);
    const end = lines.position(endOffset);
    return { file: relative(uri), line: start.line + 1, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1 };
  };

  const findings = input.diagnostics.map((d): Finding => {
    const locale = input.localeFor(d.uri);
    return {
      ...place(d.uri, d.range),
      severity: d.severity,
      rule: d.ruleId,
      message: localize(d.message, locale),
      related: d.related.map((r) => ({ ...place(r.uri, r.range), message: localize(r.message, locale) })),
      fix: d.fix === undefined ? undefined : {
        description: localize(d.fix.title, locale),
        edits: d.fix.edits.map((e) => ({ ...place(e.uri, e.range), newText: e.newText })),
      },
    };
  });
  findings.sort(compareFindings);

  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
  }
  return {
    version: input.version,
    checked: input.checked.map(relative),
    findings,
    summary: { errors, warnings, infos },
    locale: input.locale,
    fixed: input.fixed.map(relative),
  };
}

/** A key relative to `cwd`, with forward slashes (absolute when on another drive). */
export function relativePath(cwd: string, uri: string): string {
  const rel = path.relative(cwd, toFsPath(uri));
  return (rel === '' ? path.basename(toFsPath(uri)) : rel).split(path.sep).join('/');
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  return compareStrings(a.file, b.file)
    || a.line - b.line
    || a.column - b.column
    || a.endLine - b.endLine
    || a.endColumn - b.endColumn
    || compareStrings(a.rule, b.rule)
    || compareStrings(a.message, b.message);
}

/** `info` and `hint` count together as infos. */
export function isInfo(severity: Severity): boolean {
  return severity === 'info' || severity === 'hint';
}
