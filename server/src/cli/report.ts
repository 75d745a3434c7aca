/**
 * What every output format prints: findings with 1-based lines and UTF-16 columns, paths
 * relative to the current folder with forward slashes, messages in the chosen language,
 * sorted by file, line and column.
 */
import { compareKeys } from '../semantics/model';
import * as path from 'node:path';
import type { Diagnostic, Suppression } from '../linter/diagnostic';
import type { Negotiation } from '../linter/negotiations';
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

/**
 * A governed exception (`--report-suppressed`): a `negotiated` record on an indicator, or a
 * `// baton-ignore` directive, with the findings it softened or hid.
 */
export interface SuppressedEntry extends Place {
  readonly kind: 'negotiated' | 'ignore';
  /** The rules it applies to: `escalation` for a negotiation, the directive's ids for an ignore. */
  readonly rules: readonly string[];
  /** Empty when missing. */
  readonly reason: string;
  readonly approver?: string;
  readonly until?: string;
  /** Negotiations only: where it stands. */
  readonly plan?: string;
  readonly indicator?: string;
  readonly expired: boolean;
  readonly incomplete: boolean;
  /** Negotiations: the indicator's escalations (infos while it holds); ignores: the findings hidden. */
  readonly findings: readonly Finding[];
}

/** How the findings compare with a baseline (`--baseline`, `--update-baseline`). */
export interface BaselineSummary {
  /** The baseline file, relative to the current folder. */
  readonly file: string;
  /** Whether this run wrote it. */
  readonly written: boolean;
  /** Findings the baseline knows (not reported). */
  readonly matched: number;
  /** Findings it does not know (reported). */
  readonly new: number;
  /** Baseline findings that no longer occur. */
  readonly gone: number;
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
  /** With `--report-suppressed`: every negotiation and suppression, sorted by place. */
  readonly suppressed?: readonly SuppressedEntry[];
  /** With `--baseline` or `--update-baseline`. */
  readonly baseline?: BaselineSummary;
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
  readonly negotiations?: readonly Negotiation[];
  readonly suppressions?: readonly Suppression[];
  readonly baseline?: BaselineSummary;
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

  const toFinding = (d: Diagnostic): Finding => {
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
  };
  const findings = input.diagnostics.map(toFinding);
  findings.sort(compareFindings);

  let suppressed: SuppressedEntry[] | undefined;
  if (input.negotiations !== undefined || input.suppressions !== undefined) {
    const hidden = (list: readonly Diagnostic[]): Finding[] => list.map(toFinding).sort(compareFindings);
    suppressed = [
      ...(input.negotiations ?? []).map((n): SuppressedEntry => ({
        ...place(n.uri, n.range),
        kind: 'negotiated',
        rules: ['escalation'],
        reason: n.reason ?? '',
        ...(n.approver === undefined ? {} : { approver: n.approver }),
        ...(n.until === undefined ? {} : { until: n.until }),
        plan: n.plan,
        indicator: n.indicator,
        expired: n.expired,
        incomplete: n.incomplete,
        findings: hidden(n.escalations),
      })),
      ...(input.suppressions ?? []).map((s): SuppressedEntry => ({
        ...place(s.uri, s.range),
        kind: 'ignore',
        rules: s.ruleIds,
        reason: s.reason,
        expired: false,
        incomplete: false,
        findings: hidden(s.hidden),
      })),
    ].sort((a, b) => compareKeys(a.file, b.file) || a.line - b.line || a.column - b.column);
  }

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
    ...(suppressed === undefined ? {} : { suppressed }),
    ...(input.baseline === undefined ? {} : { baseline: input.baseline }),
  };
}

/** A key relative to `cwd`, with forward slashes (absolute when on another drive). */
export function relativePath(cwd: string, uri: string): string {
  const rel = path.relative(cwd, toFsPath(uri));
  return (rel === '' ? path.basename(toFsPath(uri)) : rel).split(path.sep).join('/');
}

/**
 * What a negotiation or `baton-ignore` directive says, in one line without its place:
 * `"reason", approved by "who", until 2026-12-31` or `escalation: "reason"`.
 */
export function describeSuppressed(entry: SuppressedEntry, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const quote = (text: string): string => (zh ? `“${text}”` : `"${text}"`);
  if (entry.kind === 'ignore') {
    return zh ? `${entry.rules.join('、')}，理由：${quote(entry.reason)}` : `${entry.rules.join(', ')}: ${quote(entry.reason)}`;
  }
  const reason = entry.reason === '' ? (zh ? '未写理由' : 'no reason') : quote(entry.reason);
  const approver = entry.approver === undefined ? (zh ? '未写批准人' : 'no approver') : (zh ? `批准人：${quote(entry.approver)}` : `approved by ${quote(entry.approver)}`);
  const until = entry.until === undefined ? (zh ? '未写有效期' : 'no expiry') : (zh ? `有效期至 ${entry.until}` : `until ${entry.until}`);
  return zh ? `${reason}，${approver}，${until}` : `${reason}, ${approver}, ${until}`;
}

/** `describeSuppressed` with its state: ` (expired)`, ` (incomplete)`. */
export function describeSuppressedWithState(entry: SuppressedEntry, locale: Locale): string {
  const zh = locale === 'zh-CN';
  return describeSuppressed(entry, locale)
    + (entry.expired ? (zh ? '（已过期）' : ' (expired)') : '')
    + (entry.incomplete ? (zh ? '（不完整）' : ' (incomplete)') : '');
}

/** `Baseline b.json: 3 known findings not shown, 1 new, 2 gone (fixed)`, or what was written. */
export function describeBaseline(baseline: BaselineSummary, locale: Locale): string {
  const { file, matched, gone } = baseline;
  if (locale === 'zh-CN') {
    return baseline.written
      ? `已写入基线文件 ${file}，共记录 ${matched} 个问题`
      : `基线文件 ${file}：已记录问题 ${matched} 个（不再显示），新增问题 ${baseline.new} 个，已消除 ${gone} 个`;
  }
  return baseline.written
    ? `Wrote baseline ${file}: ${matched} ${matched === 1 ? 'finding' : 'findings'} recorded`
    : `Baseline ${file}: ${matched} known ${matched === 1 ? 'finding' : 'findings'} not shown, ${baseline.new} new, ${gone} gone (fixed)`;
}


function compareFindings(a: Finding, b: Finding): number {
  return compareKeys(a.file, b.file)
    || a.line - b.line
    || a.column - b.column
    || a.endLine - b.endLine
    || a.endColumn - b.endColumn
    || compareKeys(a.rule, b.rule)
    || compareKeys(a.message, b.message);
}

/** `info` and `hint` count together as infos. */
export function isInfo(severity: Severity): boolean {
  return severity === 'info' || severity === 'hint';
}
