/**
 * Document symbols (an outline: plan → inspectors and indicators, duty list → duties,
 * top-level inspectors) and workspace symbols (every declaration matching a query).
 *
 * Suggested LSP kinds: plan → Class, duty list → Namespace, duty → Function,
 * inspector → Variable, indicator → Property (the same as the semantic token types).
 */
import type { TextRange } from '../syntax/text';
import type { Analysis } from './analysis';
import { nameRangeOf, type Sym, type SymKind } from './occurrences';

export interface DocumentSymbol {
  /** The id as written. */
  readonly name: string;
  /** The display name (the title string), if any. */
  readonly detail?: string;
  readonly kind: SymKind;
  /** The whole declaration. */
  readonly range: TextRange;
  /** Its name. */
  readonly selectionRange: TextRange;
  readonly children: readonly DocumentSymbol[];
}

export interface WorkspaceSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymKind;
  readonly uri: string;
  readonly range: TextRange;
  readonly selectionRange: TextRange;
  /** The plan or duty list it belongs to. */
  readonly containerName?: string;
}

/** The outline of one file, in source order. */
export function documentSymbols(analysis: Analysis, uri: string): DocumentSymbol[] {
  const file = analysis.file(uri);
  if (file === undefined) return [];
  const out: DocumentSymbol[] = [];
  for (const list of file.dutyLists) out.push(symbolOf(list, list.all.map((duty) => symbolOf(duty, []))));
  for (const inspector of file.inspectors) out.push(symbolOf(inspector, []));
  for (const plan of file.plans) {
    const children = [...plan.inspectors.map((i) => symbolOf(i, [])), ...plan.indicators.map((i) => symbolOf(i, []))];
    children.sort((a, b) => a.range.start - b.range.start);
    out.push(symbolOf(plan, children));
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/**
 * Declarations whose id or display name matches `query`: case-insensitively, as a
 * substring or as a subsequence of characters. An empty query matches everything.
 * Substring matches come first, then by name.
 */
export function workspaceSymbols(analysis: Analysis, query: string, limit = 500): WorkspaceSymbol[] {
  const needle = query.trim().toLowerCase();
  const scored: { score: number; symbol: WorkspaceSymbol }[] = [];
  const consider = (sym: Sym, containerName?: string): void => {
    const title = sym.node.title?.value;
    const score = matchScore(needle, sym.name, title);
    if (score === undefined) return;
    scored.push({
      score,
      symbol: { name: sym.name, detail: title, kind: sym.kind, uri: sym.uri, range: sym.node.range, selectionRange: nameRangeOf(sym), containerName },
    });
  };
  for (const uri of analysis.model.uris) {
    const file = analysis.model.files.get(uri)!;
    for (const list of file.dutyLists) {
      consider(list);
      for (const duty of list.all) consider(duty, list.name);
    }
    for (const inspector of file.inspectors) consider(inspector);
    for (const plan of file.plans) {
      consider(plan);
      for (const inspector of plan.inspectors) consider(inspector, plan.name);
      for (const indicator of plan.indicators) consider(indicator, plan.name);
    }
  }
  scored.sort((a, b) => a.score - b.score || (a.symbol.name < b.symbol.name ? -1 : a.symbol.name > b.symbol.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.symbol);
}

function symbolOf(sym: Sym, children: DocumentSymbol[]): DocumentSymbol {
  return { name: sym.name, detail: sym.node.title?.value, kind: sym.kind, range: sym.node.range, selectionRange: nameRangeOf(sym), children };
}

/** 0: substring of the id or display name; 1: subsequence; undefined: no match. */
function matchScore(needle: string, name: string, title: string | undefined): number | undefined {
  if (needle === '') return 0;
  const keys = title === undefined ? [name.toLowerCase()] : [name.toLowerCase(), title.toLowerCase()];
  if (keys.some((key) => key.includes(needle))) return 0;
  if (keys.some((key) => isSubsequence(needle, key))) return 1;
  return undefined;
}

function isSubsequence(needle: string, haystack: string): boolean {
  const chars = [...needle];
  let i = 0;
  for (const ch of haystack) {
    if (ch === chars[i]) i++;
    if (i === chars.length) return true;
  }
  return false;
}
