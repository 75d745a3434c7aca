/**
 * The default, human format: one line per finding, `file:line:col  severity  message  rule`
 * (clickable in terminals and editors), files separated by a blank line, then a summary.
 */
import { displayWidth } from '../ide/width';
import type { Severity } from '../rules/rule';
import type { Locale } from '../syntax/message';
import { describeBaseline, describeSuppressed, type Finding, type Report, type SuppressedEntry } from './report';

const STYLES = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
} as const;

type Style = keyof typeof STYLES;

const SEVERITY_WORDS: Record<Locale, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  'zh-CN': { error: '错误', warning: '警告', info: '提示', hint: '建议' },
};

const SEVERITY_STYLES: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'dim' };

export function formatStylish(report: Report, options: { readonly color: boolean }): string {
  const paint = (style: Style, text: string): string =>
    options.color ? `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m` : text;
  const words = SEVERITY_WORDS[report.locale];
  const location = (f: { file: string; line: number; column: number }): string => `${f.file}:${f.line}:${f.column}`;

  const locationWidth = Math.max(0, ...report.findings.map((f) => displayWidth(location(f))));
  const severityWidth = Math.max(0, ...report.findings.map((f) => displayWidth(words[f.severity])));
  const out: string[] = [];
  let previous: Finding | undefined;
  for (const finding of report.findings) {
    if (previous !== undefined && previous.file !== finding.file) out.push('');
    previous = finding;
    const where = pad(location(finding), locationWidth);
    const severity = paint(SEVERITY_STYLES[finding.severity], pad(words[finding.severity], severityWidth));
    out.push(`${where}  ${severity}  ${finding.message}  ${paint('dim', finding.rule)}`);
    for (const related of finding.related) {
      out.push(paint('dim', `  ↳ ${location(related)}`) + (related.message === '' ? '' : `  ${related.message}`));
    }
  }
  if (out.length > 0) out.push('');

  const zh = report.locale === 'zh-CN';
  if (report.suppressed !== undefined) {
    out.push(...suppressedSection(report.suppressed, { zh, paint, words, location }), '');
  }

  if (report.fixed.length > 0) {
    const n = report.fixed.length;
    out.push(paint('green', zh ? `✔ 已修复 ${n} 个文件：${report.fixed.join('、')}` : `✔ Fixed ${plural(n, 'file')}: ${report.fixed.join(', ')}`));
  }
  const { errors, warnings, infos } = report.summary;
  const total = errors + warnings + infos;
  if (total === 0) {
    const n = report.checked.length;
    const fresh = report.baseline === undefined ? '' : 'new ';
    out.push(paint('green', zh ? `✔ 已检查 ${n} 个文件，未发现${fresh === '' ? '' : '新'}问题` : `✔ ${plural(n, 'file')} checked, no ${fresh}problems`));
  } else {
    const text = zh
      ? `✖ 共 ${total} 个问题（${errors} 个错误、${warnings} 个警告、${infos} 个提示）`
      : `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info message', 'info messages')})`;
    out.push(paint('bold', paint(errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'blue', text)));
  }
  const baseline = report.baseline;
  if (baseline !== undefined) {
    const text = describeBaseline(baseline, report.locale);
    out.push(baseline.written ? paint('green', `✔ ${text}`) : text);
  }
  return `${out.join('\n')}\n`;
}

interface SectionStyle {
  readonly zh: boolean;
  readonly paint: (style: Style, text: string) => string;
  readonly words: Record<Severity, string>;
  readonly location: (f: { file: string; line: number; column: number }) => string;
}

/** `--report-suppressed`: each negotiation and `baton-ignore` directive, with the findings it covers. */
function suppressedSection(entries: readonly SuppressedEntry[], style: SectionStyle): string[] {
  const { zh, paint, words, location } = style;
  const negotiated = entries.filter((e) => e.kind === 'negotiated').length;
  const ignored = entries.length - negotiated;
  const out = [paint('bold', zh
    ? `协商目标与忽略指令：协商目标 ${negotiated} 处，忽略指令 ${ignored} 处`
    : `Negotiated targets and suppressions: ${negotiated} negotiated, ${plural(ignored, 'baton-ignore directive')}`)];
  const width = Math.max(0, ...entries.map((e) => displayWidth(location(e))));
  const labelOf = (e: SuppressedEntry): string => (e.kind === 'negotiated' ? (zh ? '协商' : 'negotiated') : (zh ? '忽略' : 'ignored'));
  const labelWidth = Math.max(0, ...entries.map((e) => displayWidth(labelOf(e))));
  for (const entry of entries) {
    const label = pad(labelOf(entry), labelWidth);
    const flags: string[] = [];
    if (entry.expired) flags.push(paint('yellow', zh ? '（已过期）' : ' (expired)'));
    if (entry.incomplete) flags.push(paint('blue', zh ? '（不完整）' : ' (incomplete)'));
    out.push(`${pad(location(entry), width)}  ${label}  ${describeSuppressed(entry, zh ? 'zh-CN' : 'en')}${flags.join('')}`);
    for (const finding of entry.findings) {
      out.push(paint('dim', `  ↳ ${location(finding)}`) + `  ${words[finding.severity]}  ${finding.message}  ${paint('dim', finding.rule)}`);
    }
    if (entry.kind === 'ignore' && entry.findings.length === 0) out.push(paint('dim', zh ? '  ↳ 未隐藏任何问题' : '  ↳ hides nothing'));
  }
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

