/** Vetoes and responsibility letters of a plan: every such line, counted the same by the rules and the burden summary. */
import type { Property } from '../syntax/ast';
import type { IndicatorSym, PlanSym } from './model';

export interface FlagLine {
  readonly indicator: IndicatorSym;
  readonly property: Property;
}

export function flagLines(plan: PlanSym, keyword: 'Veto' | 'Pledge'): FlagLine[] {
  const out: FlagLine[] = [];
  for (const indicator of plan.indicators) {
    for (const property of indicator.node.props) if (property.keyword === keyword) out.push({ indicator, property });
  }
  return out;
}
