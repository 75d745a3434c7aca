/**
 * Who inspects what across a plan group (spec §4 "The plan ladder", §9 "Counting"):
 * duplicate inspection of one matter, and visits a year per inspector. Computed once per
 * group and memoized in `group.memo`; every pass is linear in the group's references.
 *
 * - A matter is a duty entry (the same `DutySym`). An indicator without a resolved duty
 *   is a matter of its own, so two inspectors on its `inspector` line still count.
 * - Inspectors are the same when their `identity` is: the same declaration, or the same
 *   department string.
 * - `recognizes` works one way. An identity recognizes another when any declaration of it
 *   referenced in the group lists the other.
 */
import type * as ast from '../syntax/ast';
import type { DutySym, IndicatorSym, InspectorSym, PlanGroup, PlanSym } from './model';

/** One name on an indicator's `inspector` line that resolved to a declaration. */
export interface InspectorReference {
  readonly ref: ast.Name;
  readonly inspector: InspectorSym;
  readonly indicator: IndicatorSym;
  /** Position of the name in the indicator's `inspector` list. */
  readonly index: number;
}

/** The matter an indicator assesses: its duty entry, or the indicator itself. */
export type Matter = DutySym | IndicatorSym;

export function matterOf(indicator: IndicatorSym): Matter {
  return indicator.duty?.target ?? indicator;
}

/** A matter's display name: the duty's (or indicator's) title, else its id. */
export function matterLabel(matter: Matter): string {
  return matter.node.title?.value ?? matter.name;
}

/** A reference that inspects a matter someone else already inspects. */
export interface DuplicateInspection {
  readonly matter: Matter;
  readonly reference: InspectorReference;
  /** The first reference of the inspector that is kept. */
  readonly kept: InspectorReference;
}

export interface GroupInspections {
  /** References per matter, in group order (plans in path order, then source order). */
  readonly byMatter: ReadonlyMap<Matter, readonly InspectorReference[]>;
  readonly duplicates: readonly DuplicateInspection[];
  readonly duplicatesByUri: ReadonlyMap<string, readonly DuplicateInspection[]>;
}

/** Every resolved inspector reference of a plan, in source order. */
export function referencesOf(plan: PlanSym): InspectorReference[] {
  const out: InspectorReference[] = [];
  for (const indicator of plan.indicators) {
    indicator.inspectors.forEach((resolved, index) => {
      if (resolved.target !== undefined) out.push({ ref: resolved.ref, inspector: resolved.target, indicator, index });
    });
  }
  return out;
}

/** Identities each identity recognizes, from the declarations referenced in the group. */
function recognitionOf(references: readonly InspectorReference[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const seen = new Set<InspectorSym>();
  for (const { inspector } of references) {
    if (seen.has(inspector)) continue;
    seen.add(inspector);
    let set = out.get(inspector.identity);
    if (set === undefined) {
      set = new Set();
      out.set(inspector.identity, set);
    }
    for (const recognized of inspector.recognizes) {
      if (recognized.target !== undefined && recognized.target.identity !== inspector.identity) set.add(recognized.target.identity);
    }
  }
  return out;
}

const INSPECTIONS = 'inspections';

/** Duplicate inspections of a group, computed once per group. */
export function groupInspections(group: PlanGroup): GroupInspections {
  const cached = group.memo.get(INSPECTIONS) as GroupInspections | undefined;
  if (cached !== undefined) return cached;

  const byMatter = new Map<Matter, InspectorReference[]>();
  const all: InspectorReference[] = [];
  for (const plan of group.plans) {
    for (const reference of referencesOf(plan)) {
      all.push(reference);
      const matter = matterOf(reference.indicator);
      const list = byMatter.get(matter);
      if (list === undefined) byMatter.set(matter, [reference]);
      else list.push(reference);
    }
  }
  const recognition = recognitionOf(all);

  const duplicates: DuplicateInspection[] = [];
  for (const [matter, references] of byMatter) {
    // Identities in order of first appearance, each with its first reference.
    const first = new Map<string, InspectorReference>();
    for (const reference of references) if (!first.has(reference.inspector.identity)) first.set(reference.inspector.identity, reference);
    if (first.size < 2) continue;
    const remaining = [...first.keys()].filter((identity) => {
      for (const other of recognition.get(identity) ?? []) if (first.has(other)) return false;
      return true;
    });
    if (remaining.length < 2) continue;
    const keptIdentity = remaining[0];
    const duplicated = new Set(remaining.slice(1));
    const kept = first.get(keptIdentity)!;
    for (const reference of references) {
      if (duplicated.has(reference.inspector.identity)) duplicates.push({ matter, reference, kept });
    }
  }

  const duplicatesByUri = new Map<string, DuplicateInspection[]>();
  for (const duplicate of duplicates) {
    const uri = duplicate.reference.indicator.uri;
    const list = duplicatesByUri.get(uri);
    if (list === undefined) duplicatesByUri.set(uri, [duplicate]);
    else list.push(duplicate);
  }
  const result: GroupInspections = { byMatter, duplicates, duplicatesByUri };
  group.memo.set(INSPECTIONS, result);
  return result;
}

/** The duplicate inspections whose duplicate reference lies in the file `uri`. */
export function duplicatesIn(groups: Iterable<PlanGroup>, uri: string): DuplicateInspection[] {
  const out: DuplicateInspection[] = [];
  for (const group of groups) out.push(...(groupInspections(group).duplicatesByUri.get(uri) ?? []));
  return out;
}

// ----------------------------------------------------------------- visits

/** Checks one plan makes with one inspector: its highest frequency among the indicators it checks. */
export interface PlanVisits {
  readonly plan: PlanSym;
  readonly visits: number;
  readonly references: readonly InspectorReference[];
}

/** Visits a year of one inspector (identity) to the units of a group. */
export interface InspectorVisits {
  readonly identity: string;
  /** The declaration of the first reference (group order). */
  readonly inspector: InspectorSym;
  /** The sum over the plans of the group. */
  readonly visits: number;
  readonly plans: readonly PlanVisits[];
  readonly references: readonly InspectorReference[];
}

const VISITS = 'inspector-visits';

/**
 * Visits a year per inspector in a group: within a plan, the highest checks a year among
 * the indicators it checks (no or unknown frequency = yearly); summed across the plans.
 * In order of each inspector's first reference.
 */
export function inspectorVisits(group: PlanGroup): ReadonlyMap<string, InspectorVisits> {
  const cached = group.memo.get(VISITS) as ReadonlyMap<string, InspectorVisits> | undefined;
  if (cached !== undefined) return cached;
  const building = new Map<string, { inspector: InspectorSym; plans: PlanVisits[]; references: InspectorReference[] }>();
  for (const plan of group.plans) {
    const perPlan = new Map<string, { visits: number; references: InspectorReference[] }>();
    for (const reference of referencesOf(plan)) {
      const identity = reference.inspector.identity;
      const rank = reference.indicator.frequency?.value?.rank ?? 1;
      const entry = perPlan.get(identity);
      if (entry === undefined) perPlan.set(identity, { visits: rank, references: [reference] });
      else {
        entry.visits = Math.max(entry.visits, rank);
        entry.references.push(reference);
      }
    }
    for (const [identity, entry] of perPlan) {
      let total = building.get(identity);
      if (total === undefined) {
        total = { inspector: entry.references[0].inspector, plans: [], references: [] };
        building.set(identity, total);
      }
      total.plans.push({ plan, visits: entry.visits, references: entry.references });
      total.references.push(...entry.references);
    }
  }
  const result = new Map<string, InspectorVisits>();
  for (const [identity, entry] of building) {
    result.set(identity, { identity, inspector: entry.inspector, visits: entry.plans.reduce((sum, p) => sum + p.visits, 0), plans: entry.plans, references: entry.references });
  }
  group.memo.set(VISITS, result);
  return result;
}
