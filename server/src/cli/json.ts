/**
 * `--format json`: the object of spec §7, on one line. `--report-suppressed` adds a
 * `suppressed` array and `--baseline`/`--update-baseline` a `baseline` object; without those
 * flags the shape is exactly the spec's.
 */
import type { Finding, Report, SuppressedEntry } from './report';

export function formatJson(report: Report): string {
  const object = {
    version: 1,
    files: report.checked.length,
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
    diagnostics: report.findings.map(diagnostic),
    ...(report.suppressed === undefined ? {} : { suppressed: report.suppressed.map(suppressed) }),
    ...(report.baseline === undefined ? {} : {
      baseline: { matched: report.baseline.matched, new: report.baseline.new, gone: report.baseline.gone },
    }),
  };
  return `${JSON.stringify(object)}\n`;
}

function diagnostic(f: Finding) {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
  };
}

/** Every entry has every key (`null` where a value is missing), so consumers need no guessing. */
function suppressed(entry: SuppressedEntry) {
  return {
    kind: entry.kind,
    file: entry.file,
    line: entry.line,
    column: entry.column,
    endLine: entry.endLine,
    endColumn: entry.endColumn,
    rules: entry.rules,
    reason: entry.reason,
    approver: entry.approver ?? null,
    until: entry.until ?? null,
    plan: entry.plan ?? null,
    indicator: entry.indicator ?? null,
    expired: entry.expired,
    incomplete: entry.incomplete,
    findings: entry.findings.map(diagnostic),
  };
}
