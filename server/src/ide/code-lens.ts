/** A code lens above each plan with its burden on each assessed unit (see burden.ts for the counting). */
import type { Locale } from '../syntax/message';
import type { TextRange } from '../syntax/text';
import type { Analysis } from './analysis';
import { type PlanBurden, planBurden } from './burden';
import { tr } from './describe';

export interface CodeLens {
  /** The plan's name. */
  readonly range: TextRange;
  readonly plan: string;
  readonly title: string;
  readonly burden: PlanBurden;
}

export function codeLenses(analysis: Analysis, uri: string, locale: Locale): CodeLens[] {
  const file = analysis.file(uri);
  if (file === undefined) return [];
  return file.plans.map((plan) => {
    const burden = planBurden(analysis, plan);
    return { range: plan.node.name?.range ?? plan.node.keywordRange, plan: plan.name, title: burdenTitle(burden, locale), burden };
  });
}

/** `4 indicators · weight 100/100 · 1 veto · 0 responsibility letters · 3 checks a year per unit`. */
export function burdenTitle(burden: PlanBurden, locale: Locale): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return [
    tr(locale, plural(burden.indicators, 'indicator', 'indicators'), `${burden.indicators} 项指标`),
    tr(locale, `weight ${burden.weightTotal}/${burden.total}`, `权重 ${burden.weightTotal}/${burden.total}`),
    tr(locale, plural(burden.vetoes, 'veto', 'vetoes'), `一票否决 ${burden.vetoes} 项`),
    tr(locale, plural(burden.pledges, 'responsibility letter', 'responsibility letters'), `责任书 ${burden.pledges} 份`),
    tr(locale, `${plural(burden.checksPerYear, 'check', 'checks')} a year per unit`, `每个单位每年检查 ${burden.checksPerYear} 次`),
  ].join(' · ');
}
