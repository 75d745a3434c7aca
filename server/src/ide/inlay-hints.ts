/**
 * Inlay hints after a target: the target of the nearest ancestor plan that carries the
 * indicator with a target (`parent: ≥ 30%` / `上级：≥ 30%`), written in this file's style.
 */
import type { Locale } from '../syntax/message';
import type { TextRange } from '../syntax/text';
import { formatTarget, styleOf } from '../semantics/targets';
import type { Analysis } from './analysis';
import { code, tr } from './describe';

export interface InlayHint {
  /** Where the hint goes: right after the target. */
  readonly offset: number;
  readonly label: string;
  /** Markdown: which plan the value comes from. */
  readonly tooltip: string;
  readonly paddingLeft: boolean;
}

/** The hints of a file, optionally only those inside `range`. */
export function inlayHints(analysis: Analysis, uri: string, locale: Locale, range?: TextRange): InlayHint[] {
  const file = analysis.file(uri);
  if (file === undefined) return [];
  const style = styleOf(file);
  const out: InlayHint[] = [];
  for (const plan of file.plans) {
    for (const indicator of plan.indicators) {
      const target = indicator.target;
      if (target === undefined) continue;
      if (range !== undefined && (target.range.end < range.start || target.range.end > range.end)) continue;
      const ancestor = indicator.chain.find((i) => i.target !== undefined);
      if (ancestor === undefined) continue;
      const value = formatTarget(ancestor.target!, style);
      out.push({
        offset: target.range.end,
        label: tr(locale, `parent: ${value}`, `上级：${value}`),
        tooltip: tr(locale, `Target of ${code(ancestor.name)} in plan ${code(ancestor.plan.name)}`, `方案 ${code(ancestor.plan.name)} 中指标 ${code(ancestor.name)} 的目标`),
        paddingLeft: true,
      });
    }
  }
  return out;
}
