/** `--format json`: exactly the object of spec §7, on one line. */
import type { Report } from './report';

export function formatJson(report: Report): string {
  const object = {
    version: 1,
    files: report.checked.length,
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
    diagnostics: report.findings.map((f) => ({
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
    })),
  };
  return `${JSON.stringify(object)}\n`;
}
