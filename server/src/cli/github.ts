/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`. With
 * `--report-suppressed`, one `::notice` per negotiation and `baton-ignore` directive follows;
 * with a baseline, one `::notice` says how the findings compare with it.
 */
import type { Severity } from '../rules/rule';
import { describeBaseline, describeSuppressedWithState, type Report } from './report';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a command's message (GitHub's `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value (GitHub's `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: Report): string {
  return report.findings.map((f) => {
    const properties = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProperty(f.rule)}`,
    ].join(',');
    return `::${COMMANDS[f.severity]} ${properties}::${escapeData(f.message)}\n`;
  }).join('') + (report.suppressed ?? []).map((e) => {
    const zh = report.locale === 'zh-CN';
    const properties = [
      `file=${escapeProperty(e.file)}`,
      `line=${e.line}`,
      `col=${e.column}`,
      `endLine=${e.endLine}`,
      `endColumn=${e.endColumn}`,
      `title=${escapeProperty(e.kind === 'negotiated' ? 'negotiated' : 'baton-ignore')}`,
    ].join(',');
    const n = e.findings.length;
    const covers = e.kind === 'negotiated'
      ? (zh ? `；涉及 ${n} 个问题` : `; covers ${n} ${n === 1 ? 'finding' : 'findings'}`)
      : (zh ? `；隐藏 ${n} 个问题` : `; hides ${n} ${n === 1 ? 'finding' : 'findings'}`);
    const head = e.kind === 'negotiated' ? (zh ? '协商目标：' : 'Negotiated target: ') : (zh ? '忽略指令：' : 'Suppressed: ');
    return `::notice ${properties}::${escapeData(head + describeSuppressedWithState(e, report.locale) + covers)}\n`;
  }).join('') + (report.baseline === undefined ? '' : `::notice title=baseline::${escapeData(describeBaseline(report.baseline, report.locale))}\n`);
}
