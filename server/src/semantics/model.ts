/**
 * The semantic model of a workspace snapshot (uri → text): scopes and imports, duty
 * lists, inspectors, the plan ladder, indicator chains and plan groups. Pure: the
 * caller supplies the texts; parses are cached per text.
 */
import type * as ast from '../syntax/ast';
import { parse, type ParseResult } from '../syntax/parse';
import { LineIndex, type TextRange } from '../syntax/text';
import {
  DUTY_KINDS, type EnumSet, type EnumValue, FREQUENCIES, HORIZONS, INSPECTOR_KINDS, LEVELS, METHODS, lookupEnum,
} from './enums';
import { resolvePath } from './paths';

/** A value written in the source and what it means, if anything. */
export interface Resolved<T> {
  readonly ref: ast.Name;
  readonly target?: T;
}

export interface EnumRef {
  readonly ref: ast.Name;
  readonly set: EnumSet;
  readonly value?: EnumValue;
}

export interface FileModel {
  readonly uri: string;
  readonly text: string;
  readonly document: ast.Document;
  readonly syntaxErrors: readonly ast.SyntaxError[];
  readonly lines: LineIndex;
  readonly imports: readonly { readonly node: ast.Import; readonly target?: string }[];
  /** Names visible in this file: its own first, then those of files it imports directly. */
  readonly scope: ReadonlyMap<string, TopSymbol>;
  /** Every top-level definition of this file in source order (duplicates included). */
  readonly definitions: readonly TopSymbol[];
  readonly plans: readonly PlanSym[];
  readonly dutyLists: readonly DutyListSym[];
  /** Top-level inspectors. */
  readonly inspectors: readonly InspectorSym[];
}

export type TopSymbol = PlanSym | DutyListSym | InspectorSym;

export interface DutyListSym {
  readonly kind: 'duties';
  readonly uri: string;
  readonly node: ast.DutyList;
  readonly name: string;
  /** First definition of each duty id. */
  readonly duties: ReadonlyMap<string, DutySym>;
  readonly all: readonly DutySym[];
}

export interface DutySym {
  readonly kind: 'duty';
  readonly uri: string;
  readonly node: ast.DutyDecl;
  readonly name: string;
  readonly list: DutyListSym;
  readonly dutyKind?: EnumRef;
}

export interface InspectorSym {
  readonly kind: 'inspector';
  readonly uri: string;
  readonly node: ast.InspectorDecl;
  readonly name: string;
  /** The department (the title string), or the id when there is none. */
  readonly department: string;
  /** Equal for inspectors that are the same department across plans. */
  readonly identity: string;
  readonly inspectorKind?: EnumRef;
  readonly plan?: PlanSym;
  recognizes: Resolved<InspectorSym>[];
}

export interface PlanSym {
  readonly kind: 'plan';
  readonly uri: string;
  readonly node: ast.Plan;
  readonly name: string;
  readonly file: FileModel;
  readonly prop: (keyword: string) => ast.Property | undefined;
  readonly level?: EnumRef;
  readonly assesses?: EnumRef;
  readonly period?: ast.NumberLit;
  readonly region?: ast.Str;
  readonly total: number;
  readonly inspectors: readonly InspectorSym[];
  readonly localInspectors: ReadonlyMap<string, InspectorSym>;
  readonly indicators: readonly IndicatorSym[];
  parent?: Resolved<PlanSym>;
  dutyList?: Resolved<DutyListSym>;
  /** Ancestors, nearest first, stopping before a cycle repeats. */
  ancestors: PlanSym[];
  inCycle: boolean;
  group: PlanGroup;
}

export interface IndicatorSym {
  readonly kind: 'indicator';
  readonly uri: string;
  readonly node: ast.Indicator;
  readonly name: string;
  readonly plan: PlanSym;
  readonly prop: (keyword: string) => ast.Property | undefined;
  readonly duty?: Resolved<DutySym>;
  readonly target?: ast.Target;
  readonly deadline?: ast.DateLit;
  readonly weight?: ast.NumberLit;
  readonly frequency?: EnumRef;
  readonly inspectors: readonly Resolved<InspectorSym>[];
  readonly methods: readonly EnumRef[];
  readonly horizon?: EnumRef;
  readonly veto?: ast.Property;
  readonly ranking?: ast.Property;
  readonly pledge?: ast.Property;
  readonly negotiated?: ast.Property;
  /** The `refines` reference, resolved in the parent plan. */
  refines?: Resolved<IndicatorSym>;
  /** Matching indicators of the ancestors, nearest first. */
  chain: IndicatorSym[];
}

/** Plans with the same region, assessed level and period: they assess the same units. */
export interface PlanGroup {
  readonly key: string;
  /** In file-path order, then source order. */
  readonly plans: PlanSym[];
  /** Memo for analyses computed once per group (see inspections.ts). */
  readonly memo: Map<string, unknown>;
}

export interface Model {
  readonly files: ReadonlyMap<string, FileModel>;
  /** Keys in path order. */
  readonly uris: readonly string[];
  readonly plans: readonly PlanSym[];
  readonly groups: readonly PlanGroup[];
  /** Analyses computed once per model (see inspections.ts). */
  readonly memo: Map<string, unknown>;
}

/** Parses are reused while a file's text is unchanged. */
export class ParseCache {
  private readonly entries = new Map<string, { text: string; result: ParseResult }>();

  get(uri: string, text: string): ParseResult {
    const cached = this.entries.get(uri);
    if (cached !== undefined && cached.text === text) return cached.result;
    const result = parse(text);
    this.entries.set(uri, { text, result });
    return result;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

export function buildModel(texts: ReadonlyMap<string, string>, cache: ParseCache = new ParseCache()): Model {
  const uris = [...texts.keys()].sort(compareKeys);
  const files = new Map<string, FileModel>();
  for (const uri of uris) files.set(uri, declareFile(uri, texts.get(uri)!, cache.get(uri, texts.get(uri)!)));
  for (const file of files.values()) buildScope(file, files);
  const plans = uris.flatMap((uri) => files.get(uri)!.plans);
  for (const file of files.values()) resolveFile(file);
  for (const plan of plans) linkAncestors(plan);
  for (const plan of plans) for (const indicator of plan.indicators) linkChain(indicator);
  const groups = groupPlans(plans, connectedComponents(files));
  return { files, uris, plans, groups, memo: new Map() };
}

/** Code-unit order of keys, as the CLI sorts files. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ----------------------------------------------------------------- declaration

type MutableFile = FileModel & { scope: Map<string, TopSymbol>; imports: { node: ast.Import; target?: string }[] };

function enumRef(name: ast.Name | undefined, set: EnumSet): EnumRef | undefined {
  return name === undefined ? undefined : { ref: name, set, value: lookupEnum(set, name.text) };
}

function propLookup(props: readonly ast.Property[]): (keyword: string) => ast.Property | undefined {
  return (keyword) => props.find((p) => p.keyword === keyword);
}

function declareInspector(uri: string, node: ast.InspectorDecl, plan?: PlanSym): InspectorSym | undefined {
  if (node.name === undefined) return undefined;
  const department = node.title?.value ?? node.name.text;
  return {
    kind: 'inspector',
    uri,
    node,
    name: node.name.text,
    department,
    identity: node.title !== undefined ? `dept:${node.title.value}` : `decl:${uri}:${node.range.start}`,
    inspectorKind: enumRef(node.inspectorKind, INSPECTOR_KINDS),
    plan,
    recognizes: [],
  };
}

function declareFile(uri: string, text: string, parsed: ParseResult): FileModel {
  const { document } = parsed;
  const file: MutableFile = {
    uri,
    text,
    document,
    syntaxErrors: parsed.errors,
    get lines() {
      const lines = lineIndexOf(parsed, text);
      Object.defineProperty(this, 'lines', { value: lines });
      return lines;
    },
    imports: [],
    scope: new Map(),
    definitions: [],
    plans: [],
    dutyLists: [],
    inspectors: [],
  };
  const definitions: TopSymbol[] = [];
  for (const node of document.dutyLists) {
    if (node.name === undefined) continue;
    const duties = new Map<string, DutySym>();
    const all: DutySym[] = [];
    const list: DutyListSym = { kind: 'duties', uri, node, name: node.name.text, duties, all };
    for (const duty of node.duties) {
      if (duty.name === undefined) continue;
      const sym: DutySym = { kind: 'duty', uri, node: duty, name: duty.name.text, list, dutyKind: enumRef(duty.dutyKind, DUTY_KINDS) };
      all.push(sym);
      if (!duties.has(sym.name)) duties.set(sym.name, sym);
    }
    (file.dutyLists as DutyListSym[]).push(list);
    definitions.push(list);
  }
  for (const node of document.inspectors) {
    const sym = declareInspector(uri, node);
    if (sym === undefined) continue;
    (file.inspectors as InspectorSym[]).push(sym);
    definitions.push(sym);
  }
  for (const node of document.plans) {
    if (node.name === undefined) continue;
    const plan = declarePlan(file, node);
    (file.plans as PlanSym[]).push(plan);
    definitions.push(plan);
  }
  definitions.sort((a, b) => a.node.range.start - b.node.range.start);
  (file as unknown as { definitions: TopSymbol[] }).definitions = definitions;
  return file;
}

function declarePlan(file: FileModel, node: ast.Plan): PlanSym {
  const prop = propLookup(node.props);
  const inspectors: InspectorSym[] = [];
  const localInspectors = new Map<string, InspectorSym>();
  const plan: PlanSym = {
    kind: 'plan',
    uri: file.uri,
    node,
    name: node.name!.text,
    file,
    prop,
    level: enumRef(prop('Level')?.names[0], LEVELS),
    assesses: enumRef(prop('Assesses')?.names[0], LEVELS),
    period: prop('Period')?.number,
    region: prop('Region')?.str,
    total: prop('Total')?.number?.value ?? 100,
    inspectors,
    localInspectors,
    indicators: [],
    ancestors: [],
    inCycle: false,
    group: { key: '', plans: [], memo: new Map() },
  };
  for (const decl of node.inspectors) {
    const sym = declareInspector(file.uri, decl, plan);
    if (sym === undefined) continue;
    inspectors.push(sym);
    if (!localInspectors.has(sym.name)) localInspectors.set(sym.name, sym);
  }
  for (const indicatorNode of node.indicators) {
    if (indicatorNode.name === undefined) continue;
    const iprop = propLookup(indicatorNode.props);
    const indicator: IndicatorSym = {
      kind: 'indicator',
      uri: file.uri,
      node: indicatorNode,
      name: indicatorNode.name.text,
      plan,
      prop: iprop,
      target: iprop('Target')?.target,
      deadline: iprop('Deadline')?.date,
      weight: iprop('Weight')?.number,
      frequency: enumRef(iprop('Frequency')?.names[0], FREQUENCIES),
      inspectors: [],
      methods: (iprop('Method')?.names ?? []).map((name) => enumRef(name, METHODS)!),
      horizon: enumRef(iprop('Horizon')?.names[0], HORIZONS),
      veto: iprop('Veto'),
      ranking: iprop('Ranking'),
      pledge: iprop('Pledge'),
      negotiated: iprop('Negotiated'),
      chain: [],
    };
    (plan.indicators as IndicatorSym[]).push(indicator);
  }
  return plan;
}

// ----------------------------------------------------------------- scopes

function buildScope(file: FileModel, files: ReadonlyMap<string, FileModel>): void {
  const mutable = file as MutableFile;
  for (const sym of file.definitions) if (!mutable.scope.has(sym.name)) mutable.scope.set(sym.name, sym);
  for (const node of file.document.imports) {
    const target = node.path === undefined ? undefined : resolvePath(file.uri, node.path.value);
    const imported = target === undefined ? undefined : files.get(target);
    mutable.imports.push({ node, target: imported === undefined ? undefined : target });
    if (imported === undefined || imported === file) continue;
    for (const sym of imported.definitions) if (!mutable.scope.has(sym.name)) mutable.scope.set(sym.name, sym);
  }
}

function lookup<K extends TopSymbol['kind']>(file: FileModel, name: ast.Name | undefined, kind: K): Resolved<Extract<TopSymbol, { kind: K }>> | undefined {
  if (name === undefined) return undefined;
  const sym = file.scope.get(name.text);
  return { ref: name, target: sym !== undefined && sym.kind === kind ? (sym as Extract<TopSymbol, { kind: K }>) : undefined };
}

/** An inspector name as seen from a plan: the plan's own inspectors shadow top-level ones. */
export function lookupInspector(file: FileModel, plan: PlanSym | undefined, name: string): InspectorSym | undefined {
  const local = plan?.localInspectors.get(name);
  if (local !== undefined) return local;
  const sym = file.scope.get(name);
  return sym !== undefined && sym.kind === 'inspector' ? sym : undefined;
}

function resolveFile(file: FileModel): void {
  const resolveRecognizes = (sym: InspectorSym): void => {
    sym.recognizes = (sym.node.recognizes?.names ?? []).map((ref) => ({ ref, target: lookupInspector(file, sym.plan, ref.text) }));
  };
  for (const sym of file.inspectors) resolveRecognizes(sym);
  for (const plan of file.plans) {
    for (const sym of plan.inspectors) resolveRecognizes(sym);
    plan.parent = lookup(file, plan.prop('Parent')?.names[0], 'plan');
    plan.dutyList = lookup(file, plan.prop('Duties')?.names[0], 'duties');
    for (const indicator of plan.indicators) {
      const mutable = indicator as { -readonly [K in keyof IndicatorSym]: IndicatorSym[K] };
      const dutyRef = indicator.prop('Duty')?.names[0];
      if (dutyRef !== undefined) mutable.duty = { ref: dutyRef, target: plan.dutyList?.target?.duties.get(dutyRef.text) };
      mutable.inspectors = (indicator.prop('Inspector')?.names ?? []).map((ref) => ({ ref, target: lookupInspector(file, plan, ref.text) }));
    }
  }
}

// ----------------------------------------------------------------- ladder

function linkAncestors(plan: PlanSym): void {
  const seen = new Set<PlanSym>([plan]);
  let current = plan.parent?.target;
  while (current !== undefined) {
    if (current === plan) {
      plan.inCycle = true;
      break;
    }
    if (seen.has(current)) break;
    seen.add(current);
    plan.ancestors.push(current);
    current = current.parent?.target;
  }
}

/** Indicators of a plan by id (the first of a name), built once per plan and model. */
const indicatorIndex = new WeakMap<PlanSym, Map<string, IndicatorSym>>();

function indicatorNamed(plan: PlanSym, name: string): IndicatorSym | undefined {
  let index = indicatorIndex.get(plan);
  if (index === undefined) {
    index = new Map();
    for (const indicator of plan.indicators) if (!index.has(indicator.name)) index.set(indicator.name, indicator);
    indicatorIndex.set(plan, index);
  }
  return index.get(name);
}

/** Line tables live as long as the parse they belong to: a rebuilt model reuses them. */
const lineIndexes = new WeakMap<ParseResult, LineIndex>();

function lineIndexOf(parsed: ParseResult, text: string): LineIndex {
  let lines = lineIndexes.get(parsed);
  if (lines === undefined) {
    lines = new LineIndex(text);
    lineIndexes.set(parsed, lines);
  }
  return lines;
}

function linkChain(indicator: IndicatorSym): void {
  const plan = indicator.plan;
  const refinesRef = indicator.prop('Refines')?.names[0];
  const parent = plan.parent?.target;
  if (refinesRef !== undefined) {
    indicator.refines = { ref: refinesRef, target: parent === undefined ? undefined : indicatorNamed(parent, refinesRef.text) };
  }
  let key = refinesRef?.text ?? indicator.name;
  for (const ancestor of plan.ancestors) {
    const match = indicatorNamed(ancestor, key);
    if (match === undefined) continue;
    indicator.chain.push(match);
    key = match.prop('Refines')?.names[0]?.text ?? match.name;
  }
}

/**
 * Files linked by imports, in either direction, form one component. Plans of a group must
 * share one: two folders holding different versions of the same plans (a draft and a
 * reviewed copy) are not one set of inspections, while plans that assess the same units
 * share a duty list or inspectors and so import something in common.
 */
function connectedComponents(files: ReadonlyMap<string, FileModel>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (uri: string): string => {
    let root = uri;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    let current = uri;
    while (current !== root) {
      const next = parent.get(current)!;
      parent.set(current, root);
      current = next;
    }
    return root;
  };
  for (const uri of files.keys()) parent.set(uri, uri);
  for (const file of files.values()) {
    for (const imported of file.imports) {
      if (imported.target === undefined) continue;
      const a = find(file.uri);
      const b = find(imported.target);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const out = new Map<string, string>();
  for (const uri of files.keys()) out.set(uri, find(uri));
  return out;
}

function groupPlans(plans: readonly PlanSym[], components: ReadonlyMap<string, string>): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  for (const plan of plans) {
    const key = plan.region === undefined
      ? `plan:${plan.uri}:${plan.node.range.start}`
      : `group:${components.get(plan.uri)}\u0000${plan.region.value}\u0000${plan.assesses?.value?.id ?? plan.assesses?.ref.text ?? ''}\u0000${plan.period?.value ?? ''}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, plans: [], memo: new Map() };
      groups.set(key, group);
    }
    group.plans.push(plan);
    plan.group = group;
  }
  return [...groups.values()];
}

/** A range in a file, for related locations and edits elsewhere. */
export interface Location {
  readonly uri: string;
  readonly range: TextRange;
}
