/**
 * `--format junit`: JUnit XML for CI test reports. One test case per checked file (and per
 * configuration file with findings), with one `<failure>` per finding.
 */
import type { Finding, Report } from './report';

export function formatJunit(report: Report): string {
  const byFile = new Map<string, Finding[]>();
  for (const file of report.checked) byFile.set(file, []);
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const failed = files.filter((file) => byFile.get(file)!.length > 0).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="baton" tests="${files.length}" failures="${failed}" errors="0">`,
    `  <testsuite name="baton check" tests="${files.length}" failures="${failed}" errors="0" skipped="0">`,
  ];
  for (const file of files) {
    const findings = byFile.get(file)!;
    const open = `    <testcase classname="baton" name="${xml(file)}" file="${xml(file)}"`;
    if (findings.length === 0) {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    for (const f of findings) {
      const body = `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`;
      out.push(`      <failure type="${xml(f.rule)}" message="${xml(f.message)}">${xml(body)}</failure>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
