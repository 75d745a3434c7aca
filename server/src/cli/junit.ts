/**
 * `--format junit`: JUnit XML for CI test reports. One test case per checked file (and per
 * configuration file with findings), with one `<failure>` per finding. With
 * `--report-suppressed`, a file's negotiations and `baton-ignore` directives are listed in
 * its test case's `<system-out>`. With a baseline, the test suite's `<properties>` hold
 * `baseline.file`, `baseline.matched`, `baseline.new` and `baseline.gone`.
 */
import { describeSuppressedWithState, type Finding, type Report, type SuppressedEntry } from './report';

export function formatJunit(report: Report): string {
  const byFile = new Map<string, Finding[]>();
  for (const file of report.checked) byFile.set(file, []);
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const suppressedByFile = new Map<string, SuppressedEntry[]>();
  for (const entry of report.suppressed ?? []) {
    suppressedByFile.set(entry.file, [...(suppressedByFile.get(entry.file) ?? []), entry]);
    if (!byFile.has(entry.file)) byFile.set(entry.file, []);
  }
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const failed = files.filter((file) => byFile.get(file)!.length > 0).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="baton" tests="${files.length}" failures="${failed}" errors="0">`,
    `  <testsuite name="baton check" tests="${files.length}" failures="${failed}" errors="0" skipped="0">`,
  ];
  if (report.baseline !== undefined) {
    const { matched, gone } = report.baseline;
    out.push(
      '    <properties>',
      `      <property name="baseline.file" value="${xml(report.baseline.file)}"/>`,
      `      <property name="baseline.matched" value="${matched}"/>`,
      `      <property name="baseline.new" value="${report.baseline.new}"/>`,
      `      <property name="baseline.gone" value="${gone}"/>`,
      '    </properties>',
    );
  }
  for (const file of files) {
    const findings = byFile.get(file)!;
    const suppressed = suppressedByFile.get(file) ?? [];
    const open = `    <testcase classname="baton" name="${xml(file)}" file="${xml(file)}"`;
    if (findings.length === 0 && suppressed.length === 0) {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    for (const f of findings) out.push(`      <failure type="${xml(f.rule)}" message="${xml(f.message)}">${xml(line(f))}</failure>`);
    if (suppressed.length > 0) {
      const lines = suppressed.flatMap((e) => [
        `${e.file}:${e.line}:${e.column} ${e.kind === 'negotiated' ? 'negotiated' : 'baton-ignore'} ${describeSuppressedWithState(e, report.locale)}`,
        ...e.findings.map((f) => `  ${line(f)}`),
      ]);
      out.push(`      <system-out>${xml(lines.join('\n'))}</system-out>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

function line(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.rule})`;
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
