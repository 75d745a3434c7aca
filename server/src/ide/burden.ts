/**
 * A plan's burden on each unit it assesses: indicators, weight total, vetoes,
 * responsibility letters and checks a year. Shared by the plan hover and the code lens.
 *
 * Checks a year follow spec §9's counting of visits: an inspector checks the indicators it
 * is named on together, as often as the most frequent of them (missing frequency = yearly);
 * the plan's checks are the sum over its inspectors. Indicators that name no inspector are
 * checked by the issuer, counted the same way as one more inspector.
 */
import { flagLines } from '../semantics/flags';
import type { IndicatorSym, PlanSym } from '../semantics/model';
import type { Analysis } from './analysis';

export interface InspectorLoad {
  /** The inspector's id, or undefined for the issuer (indicators with no inspector). */
  readonly name?: string;
  readonly department?: string;
  readonly visits: number;
  readonly indicators: readonly IndicatorSym[];
}

export interface PlanBurden {
  readonly indicators: number;
  readonly weightTotal: number;
  /** The plan's `total` (default 100). */
  readonly total: number;
  readonly vetoes: number;
  readonly pledges: number;
  readonly rankings: number;
  readonly checksPerYear: number;
  readonly loads: readonly InspectorLoad[];
}

export function planBurden(analysis: Analysis, plan: PlanSym): PlanBurden {
  return analysis.memo(plan, 'burden', () => computeBurden(plan));
}

function checksOf(indicator: IndicatorSym): number {
  return indicator.frequency?.value?.rank ?? 1;
}

function computeBurden(plan: PlanSym): PlanBurden {
  const loads = new Map<string, { name?: string; department?: string; visits: number; indicators: IndicatorSym[] }>();
  const add = (key: string, name: string | undefined, department: string | undefined, indicator: IndicatorSym): void => {
    let load = loads.get(key);
    if (load === undefined) {
      load = { name, department, visits: 0, indicators: [] };
      loads.set(key, load);
    }
    load.visits = Math.max(load.visits, checksOf(indicator));
    if (!load.indicators.includes(indicator)) load.indicators.push(indicator);
  };
  let weightTotal = 0;
  for (const indicator of plan.indicators) {
    weightTotal += indicator.weight?.value ?? 0;
    const resolved = indicator.inspectors.filter((r) => r.target !== undefined);
    if (resolved.length === 0) add('', undefined, undefined, indicator);
    for (const { target } of resolved) add(target!.identity, target!.name, target!.department, indicator);
  }
  const ordered = [...loads.entries()].sort(([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0)).map(([, load]) => load);
  return {
    indicators: plan.indicators.length,
    weightTotal: Math.round(weightTotal * 1e6) / 1e6,
    total: plan.total,
    vetoes: flagLines(plan, 'Veto').length,
    pledges: flagLines(plan, 'Pledge').length,
    rankings: plan.indicators.filter((i) => i.ranking !== undefined).length,
    checksPerYear: ordered.reduce((sum, load) => sum + load.visits, 0),
    loads: ordered,
  };
}
