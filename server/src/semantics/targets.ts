/**
 * Targets and strictness (spec §4 "Targets and strictness", §9 "Targets"): how an
 * indicator's target, deadline, frequency, veto and pledge compare with the nearest
 * ancestor carrying the indicator, the origin of each value, the cumulative escalation,
 * and how values are written back to users in a file's own style.
 *
 * Shared by the `escalation` and `target-incomparable` rules and by the IDE hover that
 * shows an indicator's chain of targets.
 */
import type * as ast from '../syntax/ast';
import type { KeywordLanguage } from '../syntax/keywords';
import type { TextRange } from '../syntax/text';
import { type EnumValue, FREQUENCIES, spellValue } from './enums';
import type { FileModel, IndicatorSym } from './model';

// ----------------------------------------------------------------- numeric targets

/** `>=`/`>` set a minimum, `<=`/`<` a maximum, `=` an exact value. */
export type Direction = 'min' | 'max' | 'exact';

export interface NumericTarget {
  readonly node: ast.Target;
  readonly direction: Direction;
  readonly value: number;
  /** `%` for `%`/`％`, the unit as written otherwise, `''` for none. */
  readonly unit: string;
}

const DIRECTIONS: Record<ast.Comparator, Direction> = { '>=': 'min', '>': 'min', '<=': 'max', '<': 'max', '=': 'exact' };

/** The numeric reading of a target, or undefined for a text target or one recovery left incomplete. */
export function numericTarget(target: ast.Target | undefined): NumericTarget | undefined {
  if (target === undefined || target.comparator === undefined || target.number === undefined) return undefined;
  if (!Number.isFinite(target.number.value)) return undefined;
  return { node: target, direction: DIRECTIONS[target.comparator.op], value: target.number.value, unit: target.unit?.text ?? '' };
}

/** Why two numeric targets cannot be compared. */
export type IncomparableReason = 'unit' | 'direction' | 'exact';

/**
 * How a child's target relates to an ancestor's:
 * - `absent`: one side has no target (not compared);
 * - `text`: a side is a text target (never compared);
 * - `incomparable`: different units, opposite directions, or `=` against a limit;
 * - `same`, `looser`, `stricter`; `changed` for two `=` targets with different numbers.
 * `change` is `(child − ancestor) / |ancestor|`, undefined when the ancestor's value is 0.
 */
export type TargetRelation =
  | { readonly kind: 'absent' }
  | { readonly kind: 'text' }
  | { readonly kind: 'incomparable'; readonly reason: IncomparableReason; readonly child: NumericTarget; readonly ancestor: NumericTarget }
  | { readonly kind: 'same' | 'looser' | 'stricter' | 'changed'; readonly child: NumericTarget; readonly ancestor: NumericTarget; readonly change?: number };

export function compareTargets(child: ast.Target | undefined, ancestor: ast.Target | undefined): TargetRelation {
  if (child === undefined || ancestor === undefined) return { kind: 'absent' };
  if (child.text !== undefined || ancestor.text !== undefined) return { kind: 'text' };
  const c = numericTarget(child);
  const a = numericTarget(ancestor);
  if (c === undefined || a === undefined) return { kind: 'absent' };
  if (c.unit !== a.unit) return { kind: 'incomparable', reason: 'unit', child: c, ancestor: a };
  if (c.direction !== a.direction) {
    return { kind: 'incomparable', reason: c.direction === 'exact' || a.direction === 'exact' ? 'exact' : 'direction', child: c, ancestor: a };
  }
  const change = relativeChange(c.value, a.value);
  if (c.value === a.value) return { kind: 'same', child: c, ancestor: a, change };
  if (c.direction === 'exact') return { kind: 'changed', child: c, ancestor: a, change };
  const stricter = c.direction === 'min' ? c.value > a.value : c.value < a.value;
  return { kind: stricter ? 'stricter' : 'looser', child: c, ancestor: a, change };
}

/** `(value − base) / |base|`, undefined when `base` is 0. */
export function relativeChange(value: number, base: number): number | undefined {
  return base === 0 ? undefined : (value - base) / Math.abs(base);
}

/**
 * Whether a stricter (or changed) target goes beyond the tolerance, a percentage of the
 * ancestor's value. With an ancestor value of 0 every stricter value does.
 */
export function beyondTolerance(relation: TargetRelation, tolerancePercent: number): boolean {
  if (relation.kind !== 'stricter' && relation.kind !== 'changed') return false;
  if (relation.change === undefined) return true;
  // Rounded so that 30 → 30.6 is exactly 2 %, not 2.0000000000000018 %.
  return Math.round(Math.abs(relation.change) * 100 * 1e9) / 1e9 > tolerancePercent;
}

// ----------------------------------------------------------------- other properties

export type EscalatedProperty = 'target' | 'deadline' | 'frequency' | 'veto' | 'pledge';

/** A property's value on one indicator, with what a missing property means. */
export type PropertyValue =
  | { readonly property: 'target'; readonly target: NumericTarget }
  /** `explicit` false: no deadline, i.e. the end of the period (`date` undefined when the period is unknown). */
  | { readonly property: 'deadline'; readonly date?: string; readonly explicit: boolean }
  /** `explicit` false: no frequency, i.e. yearly. */
  | { readonly property: 'frequency'; readonly value: EnumValue; readonly explicit: boolean }
  | { readonly property: 'veto' | 'pledge'; readonly present: boolean };

const YEARLY = FREQUENCIES.values.find((value) => value.id === 'yearly')!;

/** The deadline of an indicator: its date, or the end of its plan's period. */
export function deadlineOf(indicator: IndicatorSym): PropertyValue & { property: 'deadline' } {
  if (indicator.deadline !== undefined) return { property: 'deadline', date: indicator.deadline.text, explicit: true };
  const period = indicator.plan.period?.text;
  return { property: 'deadline', date: period !== undefined && /^\d{4}$/.test(period) ? `${period}-12-31` : undefined, explicit: false };
}

/** The frequency of an indicator (missing = yearly); undefined when it is not a known frequency. */
export function frequencyOf(indicator: IndicatorSym): (PropertyValue & { property: 'frequency' }) | undefined {
  if (indicator.frequency === undefined) return { property: 'frequency', value: YEARLY, explicit: false };
  return indicator.frequency.value === undefined ? undefined : { property: 'frequency', value: indicator.frequency.value, explicit: true };
}

/** Days from `later` back to `earlier` (positive when `earlier` is earlier); undefined for bad dates. */
export function daysBetween(earlier: string, later: string): number | undefined {
  const a = Date.parse(`${earlier}T00:00:00Z`);
  const b = Date.parse(`${later}T00:00:00Z`);
  return Number.isNaN(a) || Number.isNaN(b) ? undefined : Math.round((b - a) / 86_400_000);
}

// ----------------------------------------------------------------- escalations

/** One property of an indicator that is stricter than the nearest ancestor's. */
export interface Escalation {
  readonly property: EscalatedProperty;
  readonly indicator: IndicatorSym;
  /** The nearest ancestor carrying the indicator (`indicator.chain[0]`). */
  readonly ancestor: IndicatorSym;
  /** The highest ancestor with a comparable value (may be `ancestor`). */
  readonly origin: IndicatorSym;
  /** The stricter value (target, date, frequency name) or the `veto`/`pledge` keyword. */
  readonly range: TextRange;
  /** The ancestor's value, or its indicator's name when it does not set the property. */
  readonly ancestorRange: TextRange;
  readonly originRange: TextRange;
  readonly child: PropertyValue;
  readonly ancestorValue: PropertyValue;
  readonly originValue: PropertyValue;
  /** For targets: the relation to the nearest ancestor (`stricter` or `changed`). */
  readonly relation?: TargetRelation;
  /** The property statement in the child, for edits. */
  readonly statement: ast.Property;
}

/** The ancestor that `indicator` is compared with: the nearest plan above carrying it. */
export function nearestAncestor(indicator: IndicatorSym): IndicatorSym | undefined {
  return indicator.chain[0];
}

/** True when `ancestor` is the indicator's own plan's parent (not a plan further up). */
export function isDirectParent(indicator: IndicatorSym, ancestor: IndicatorSym): boolean {
  return indicator.plan.parent?.target === ancestor.plan;
}

function nameRange(indicator: IndicatorSym): TextRange {
  return indicator.node.name?.range ?? indicator.node.keywordRange;
}

/**
 * Compares an indicator with its nearest ancestor carrying it and returns every property
 * that escalates: targets beyond `tolerancePercent` of the ancestor's value; deadlines,
 * frequencies, vetoes and pledges without tolerance. Empty when there is no ancestor.
 */
export function findEscalations(indicator: IndicatorSym, tolerancePercent: number): Escalation[] {
  const ancestor = nearestAncestor(indicator);
  if (ancestor === undefined) return [];
  const out: Escalation[] = [];
  const target = targetEscalation(indicator, ancestor, tolerancePercent);
  if (target !== undefined) out.push(target);
  const deadline = deadlineEscalation(indicator, ancestor);
  if (deadline !== undefined) out.push(deadline);
  const frequency = frequencyEscalation(indicator, ancestor);
  if (frequency !== undefined) out.push(frequency);
  for (const property of ['veto', 'pledge'] as const) {
    const flag = flagEscalation(indicator, ancestor, property);
    if (flag !== undefined) out.push(flag);
  }
  return out;
}

function targetEscalation(indicator: IndicatorSym, ancestor: IndicatorSym, tolerancePercent: number): Escalation | undefined {
  const relation = compareTargets(indicator.target, ancestor.target);
  if (relation.kind !== 'stricter' && relation.kind !== 'changed') return undefined;
  if (!beyondTolerance(relation, tolerancePercent)) return undefined;
  const origin = targetOrigin(indicator) ?? ancestor;
  const originTarget = numericTarget(origin.target)!;
  return {
    property: 'target',
    indicator,
    ancestor,
    origin,
    range: relation.child.node.range,
    ancestorRange: relation.ancestor.node.range,
    originRange: originTarget.node.range,
    child: { property: 'target', target: relation.child },
    ancestorValue: { property: 'target', target: relation.ancestor },
    originValue: { property: 'target', target: originTarget },
    relation,
    statement: indicator.prop('Target')!,
  };
}

/** The highest ancestor whose target is comparable with the indicator's (same unit and direction). */
export function targetOrigin(indicator: IndicatorSym): IndicatorSym | undefined {
  const own = numericTarget(indicator.target);
  if (own === undefined) return undefined;
  for (let i = indicator.chain.length - 1; i >= 0; i--) {
    const other = numericTarget(indicator.chain[i].target);
    if (other !== undefined && other.unit === own.unit && other.direction === own.direction) return indicator.chain[i];
  }
  return undefined;
}

function deadlineEscalation(indicator: IndicatorSym, ancestor: IndicatorSym): Escalation | undefined {
  if (indicator.deadline === undefined) return undefined;
  const child = deadlineOf(indicator);
  const parent = deadlineOf(ancestor);
  // No deadline above means the end of the period; with no known period, any added deadline escalates.
  const stricter = parent.date === undefined || child.date! < parent.date;
  if (!stricter) return undefined;
  const origin = indicator.chain[indicator.chain.length - 1];
  const originValue = deadlineOf(origin);
  return {
    property: 'deadline',
    indicator,
    ancestor,
    origin,
    range: indicator.deadline.range,
    ancestorRange: ancestor.deadline?.range ?? nameRange(ancestor),
    originRange: origin.deadline?.range ?? nameRange(origin),
    child,
    ancestorValue: parent,
    originValue,
    statement: indicator.prop('Deadline')!,
  };
}

function frequencyEscalation(indicator: IndicatorSym, ancestor: IndicatorSym): Escalation | undefined {
  const child = frequencyOf(indicator);
  const parent = frequencyOf(ancestor);
  if (child === undefined || parent === undefined || !child.explicit || child.value.rank <= parent.value.rank) return undefined;
  let origin = ancestor;
  let originValue = parent;
  for (let i = indicator.chain.length - 1; i >= 0; i--) {
    const value = frequencyOf(indicator.chain[i]);
    if (value === undefined) continue;
    origin = indicator.chain[i];
    originValue = value;
    break;
  }
  return {
    property: 'frequency',
    indicator,
    ancestor,
    origin,
    range: indicator.frequency!.ref.range,
    ancestorRange: ancestor.frequency?.ref.range ?? nameRange(ancestor),
    originRange: origin.frequency?.ref.range ?? nameRange(origin),
    child,
    ancestorValue: parent,
    originValue,
    statement: indicator.prop('Frequency')!,
  };
}

function flagEscalation(indicator: IndicatorSym, ancestor: IndicatorSym, property: 'veto' | 'pledge'): Escalation | undefined {
  const own = indicator[property];
  if (own === undefined || ancestor[property] !== undefined) return undefined;
  const origin = indicator.chain[indicator.chain.length - 1];
  const originFlag = origin[property];
  return {
    property,
    indicator,
    ancestor,
    origin,
    range: own.keywordRange,
    ancestorRange: nameRange(ancestor),
    originRange: originFlag?.keywordRange ?? nameRange(origin),
    child: { property, present: true },
    ancestorValue: { property, present: false },
    originValue: { property, present: originFlag !== undefined },
    statement: own,
  };
}

// ----------------------------------------------------------------- the chain (for hovers)

/** One level of an indicator's chain of targets, from the origin down. */
export interface ChainLink {
  readonly indicator: IndicatorSym;
  /** Relation to the link above (the nearest ancestor carrying the indicator); `absent` for the top link. */
  readonly relation: TargetRelation;
  /** Change against the chain's top numeric target of the same unit and direction, when computable. */
  readonly cumulative?: number;
}

/**
 * An indicator's chain of targets from the highest ancestor carrying it down to the
 * indicator itself, with the relation at each level and the cumulative change.
 */
export function describeChain(indicator: IndicatorSym): ChainLink[] {
  const levels = [...indicator.chain].reverse().concat(indicator);
  let origin: NumericTarget | undefined;
  return levels.map((level, index) => {
    const relation = index === 0 ? ({ kind: 'absent' } as const) : compareTargets(level.target, levels[index - 1].target);
    const own = level.target?.text === undefined ? numericTarget(level.target) : undefined;
    if (origin === undefined && own !== undefined) origin = own;
    const comparable = own !== undefined && origin !== undefined && own.unit === origin.unit && own.direction === origin.direction;
    return { indicator: level, relation, cumulative: comparable ? relativeChange(own.value, origin!.value) : undefined };
  });
}

// ----------------------------------------------------------------- formatting

/** How a file writes targets: `≥`/`>=`, `30%`/`30 %`, and its keyword language for enumerated values. */
export interface ValueStyle {
  readonly unicode: boolean;
  readonly percentSpace: boolean;
  readonly language: KeywordLanguage;
}

const styles = new WeakMap<FileModel, ValueStyle>();

/**
 * The style of a file: the comparator and percent spacing of its first target that shows
 * them; `≥` and `30%` when it has none.
 */
export function styleOf(file: FileModel): ValueStyle {
  const cached = styles.get(file);
  if (cached !== undefined) return cached;
  let unicode: boolean | undefined;
  let percentSpace: boolean | undefined;
  for (const plan of file.plans) {
    for (const indicator of plan.indicators) {
      const target = indicator.target;
      if (target?.comparator !== undefined && unicode === undefined) {
        unicode = !/^[<>=]/.test(file.text.slice(target.comparator.range.start, target.comparator.range.end));
      }
      if (target?.number !== undefined && target.unit?.text === '%' && percentSpace === undefined) {
        percentSpace = target.unit.range.start > target.number.range.end;
      }
      if (unicode !== undefined && percentSpace !== undefined) break;
    }
  }
  const style = { unicode: unicode ?? true, percentSpace: percentSpace ?? false, language: file.document.language };
  styles.set(file, style);
  return style;
}

const UNICODE_COMPARATORS: Record<ast.Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** A target as users write it: `≥ 30%`, `≤ 1 起`, `>= 30 %`, or a text target in quotes. */
export function formatTarget(target: ast.Target, style: ValueStyle): string {
  if (target.text !== undefined) return `“${target.text.value}”`;
  const comparator = target.comparator === undefined ? '' : style.unicode ? UNICODE_COMPARATORS[target.comparator.op] : target.comparator.op;
  const number = target.number?.text ?? '';
  const unit = target.unit === undefined ? '' : target.unit.text === '%' ? (style.percentSpace ? ' %' : '%') : ` ${target.unit.text}`;
  return `${comparator} ${number}${unit}`.trim();
}

/** A frequency in the file's keyword language. */
export function formatFrequency(value: EnumValue, style: ValueStyle): string {
  return spellValue(value, style.language);
}

/** A property value for messages: the target, date or frequency; `''` for a flag. */
export function formatValue(value: PropertyValue, style: ValueStyle): string {
  switch (value.property) {
    case 'target':
      return formatTarget(value.target.node, style);
    case 'deadline':
      return value.date ?? '';
    case 'frequency':
      return formatFrequency(value.value, style);
    default:
      return '';
  }
}

/** A signed percentage with at most one decimal: `+16.7%`, `-100%`. */
export function formatPercent(fraction: number): string {
  const rounded = Math.round(fraction * 1000) / 10;
  const text = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(1);
  return `${rounded < 0 ? '-' : '+'}${text}%`;
}
