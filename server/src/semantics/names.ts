/**
 * Name lookups the soundness rules share: what a file can see, what kind a symbol is,
 * and the "change to the closest name" edit.
 */
import type { Name } from '../syntax/ast';
import { closest } from '../syntax/distance';
import { type Msg, msg } from '../syntax/message';
import type { FileModel, InspectorSym, PlanSym, TopSymbol } from './model';

/** What a symbol is, for messages: `a plan` / `方案`. */
export function kindLabel(kind: TopSymbol['kind'] | 'indicator' | 'duty'): Msg {
  switch (kind) {
    case 'plan': return msg('plan', '方案');
    case 'duties': return msg('duty list', '职责清单');
    case 'inspector': return msg('inspector', '检查主体');
    case 'indicator': return msg('indicator', '指标');
    case 'duty': return msg('duty', '职责');
  }
}

/** Top-level symbols of one kind visible in a file: its own first, then those of direct imports. */
export function visibleOfKind<K extends TopSymbol['kind']>(file: FileModel, kind: K): Extract<TopSymbol, { kind: K }>[] {
  const out: Extract<TopSymbol, { kind: K }>[] = [];
  for (const sym of file.scope.values()) if (sym.kind === kind) out.push(sym as Extract<TopSymbol, { kind: K }>);
  return out;
}

/**
 * Inspectors visible from a plan (or from top level when `plan` is undefined): the plan's
 * own, first declaration of each id, then the top-level ones it does not shadow.
 */
export function visibleInspectors(file: FileModel, plan: PlanSym | undefined): InspectorSym[] {
  const out: InspectorSym[] = plan === undefined ? [] : [...plan.localInspectors.values()];
  for (const sym of visibleOfKind(file, 'inspector')) if (plan?.localInspectors.has(sym.name) !== true) out.push(sym);
  return out;
}

/** The candidate whose name (or one of its other keys) is closest to `ref`, if one is close enough. */
export function closestName<T extends { readonly name: string }>(ref: Name, candidates: Iterable<T>, extraKeys: (candidate: T) => readonly string[] = () => []): T | undefined {
  return closest(ref.text, candidates, (candidate) => [candidate.name, ...extraKeys(candidate)]);
}

/** The quick fix that replaces a reference with another name. */
export function renameFix(uri: string, ref: Name, name: string): { title: Msg; edits: { uri: string; range: Name['range']; newText: string }[] } {
  return { title: msg(`Change to \`${name}\``, `改为“${name}”`), edits: [{ uri, range: ref.range, newText: name }] };
}
