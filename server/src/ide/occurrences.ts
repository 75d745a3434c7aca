/**
 * Every name of a file with what it means: declarations, references (resolved or not),
 * enumerated values, units and import paths. Built once per file and analysis; hover,
 * navigation, rename and semantic tokens all read it.
 */
import type * as ast from '../syntax/ast';
import type { TextRange } from '../syntax/text';
import type { EnumRef, DutyListSym, DutySym, FileModel, IndicatorSym, InspectorSym, PlanSym } from '../semantics/model';
import type { Analysis } from './analysis';

/** A named thing a user can declare and refer to. */
export type Sym = PlanSym | DutyListSym | DutySym | InspectorSym | IndicatorSym;
export type SymKind = Sym['kind'];

export type Occurrence =
  | {
    readonly kind: 'name';
    readonly range: TextRange;
    readonly role: 'declaration' | 'reference';
    /** What the name is or should be. */
    readonly symKind: SymKind;
    /** Undefined for a reference that does not resolve. */
    readonly symbol?: Sym;
    /** The plan the name is written in, if any. */
    readonly plan?: PlanSym;
    /** The indicator the name is written in, if any. */
    readonly indicator?: IndicatorSym;
  }
  | { readonly kind: 'enum'; readonly range: TextRange; readonly ref: EnumRef; readonly plan?: PlanSym; readonly indicator?: IndicatorSym }
  | { readonly kind: 'unit'; readonly range: TextRange; readonly indicator: IndicatorSym }
  | { readonly kind: 'import'; readonly range: TextRange; readonly node: ast.Import; readonly target?: string };

export interface FileIndex {
  readonly file: FileModel;
  /** In source order. */
  readonly occurrences: readonly Occurrence[];
  /** The occurrence under `offset` (an offset just after a name counts). */
  at(offset: number): Occurrence | undefined;
}

/** The index of one file, built on first use per analysis. */
export function indexOf(analysis: Analysis, file: FileModel): FileIndex {
  return analysis.memo(file, 'occurrences', () => buildIndex(file));
}

/** The name range of a symbol's declaration (its keyword when recovery lost the name). */
export function nameRangeOf(sym: Sym): TextRange {
  return sym.node.name?.range ?? sym.node.keywordRange;
}

/** Every occurrence of `sym` across the workspace, declarations included, in path then source order. */
export function occurrencesOf(analysis: Analysis, sym: Sym): { uri: string; occurrence: Occurrence & { kind: 'name' } }[] {
  const out: { uri: string; occurrence: Occurrence & { kind: 'name' } }[] = [];
  for (const uri of analysis.model.uris) {
    const file = analysis.model.files.get(uri)!;
    if (!mayMention(file, sym)) continue;
    for (const occurrence of indexOf(analysis, file).occurrences) {
      if (occurrence.kind === 'name' && occurrence.symbol === sym) out.push({ uri, occurrence });
    }
  }
  return out;
}

/** Cheap pre-filter: a file can only mention a symbol whose name appears in its text. */
function mayMention(file: FileModel, sym: Sym): boolean {
  return file.uri === sym.uri || file.text.includes(sym.name);
}

function buildIndex(file: FileModel): FileIndex {
  const out: Occurrence[] = [];
  const name = (range: TextRange | undefined, role: 'declaration' | 'reference', symKind: SymKind, symbol: Sym | undefined, plan?: PlanSym, indicator?: IndicatorSym): void => {
    if (range !== undefined) out.push({ kind: 'name', range, role, symKind, symbol, plan, indicator });
  };
  const enumOf = (ref: EnumRef | undefined, plan?: PlanSym, indicator?: IndicatorSym): void => {
    if (ref !== undefined) out.push({ kind: 'enum', range: ref.ref.range, ref, plan, indicator });
  };
  const inspector = (sym: InspectorSym, plan?: PlanSym): void => {
    name(sym.node.name?.range, 'declaration', 'inspector', sym, plan);
    enumOf(sym.inspectorKind, plan);
    for (const recognized of sym.recognizes) name(recognized.ref.range, 'reference', 'inspector', recognized.target, plan);
  };

  for (const entry of file.imports) {
    if (entry.node.path !== undefined) out.push({ kind: 'import', range: entry.node.path.range, node: entry.node, target: entry.target });
  }
  for (const list of file.dutyLists) {
    name(list.node.name?.range, 'declaration', 'duties', list);
    for (const duty of list.all) {
      name(duty.node.name?.range, 'declaration', 'duty', duty);
      enumOf(duty.dutyKind);
    }
  }
  for (const sym of file.inspectors) inspector(sym);
  for (const plan of file.plans) {
    name(plan.node.name?.range, 'declaration', 'plan', plan, plan);
    enumOf(plan.level, plan);
    enumOf(plan.assesses, plan);
    if (plan.parent !== undefined) name(plan.parent.ref.range, 'reference', 'plan', plan.parent.target, plan);
    if (plan.dutyList !== undefined) name(plan.dutyList.ref.range, 'reference', 'duties', plan.dutyList.target, plan);
    for (const sym of plan.inspectors) inspector(sym, plan);
    for (const indicator of plan.indicators) {
      name(indicator.node.name?.range, 'declaration', 'indicator', indicator, plan, indicator);
      if (indicator.duty !== undefined) name(indicator.duty.ref.range, 'reference', 'duty', indicator.duty.target, plan, indicator);
      for (const resolved of indicator.inspectors) name(resolved.ref.range, 'reference', 'inspector', resolved.target, plan, indicator);
      if (indicator.refines !== undefined) name(indicator.refines.ref.range, 'reference', 'indicator', indicator.refines.target, plan, indicator);
      enumOf(indicator.frequency, plan, indicator);
      enumOf(indicator.horizon, plan, indicator);
      for (const method of indicator.methods) enumOf(method, plan, indicator);
      const unit = indicator.target?.unit;
      if (unit !== undefined && unit.text !== '%') out.push({ kind: 'unit', range: unit.range, indicator });
    }
  }
  out.sort((a, b) => a.range.start - b.range.start);
  return {
    file,
    occurrences: out,
    at(offset) {
      let low = 0;
      let high = out.length - 1;
      // The last occurrence starting at or before the offset.
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (out[mid].range.start <= offset) low = mid;
        else high = mid - 1;
      }
      const found = out[low];
      if (found === undefined || found.range.start > offset || found.range.end < offset) return undefined;
      return found;
    },
  };
}
