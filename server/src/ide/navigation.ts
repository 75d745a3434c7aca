/**
 * Go to definition, find references and rename, across the files of the snapshot.
 *
 * Renaming an indicator updates the `refines` references to it; child indicators that
 * match it implicitly by the same id are not renamed (they are separate declarations,
 * and renaming them could silently re-match other plans).
 */
import { KEYWORDS } from '../syntax/keywords';
import { type Locale, localize, type Msg, msg } from '../syntax/message';
import type { TextRange } from '../syntax/text';
import type { Analysis } from './analysis';
import { indexOf, nameRangeOf, type Occurrence, occurrencesOf, type Sym } from './occurrences';

/** A place in a file. */
export interface Location {
  readonly uri: string;
  readonly range: TextRange;
}

/** A declaration to jump to: the whole declaration and its name. */
export interface DefinitionTarget {
  readonly uri: string;
  readonly range: TextRange;
  readonly selectionRange: TextRange;
}

export interface DefinitionResult {
  /** The name (or import path) under the cursor. */
  readonly origin: TextRange;
  readonly targets: readonly DefinitionTarget[];
}

/** An edit to any file of the snapshot. */
export interface WorkspaceTextEdit {
  readonly uri: string;
  readonly range: TextRange;
  readonly newText: string;
}

/** The name under the cursor and the symbol it declares or refers to. */
export function symbolAt(analysis: Analysis, uri: string, offset: number): { occurrence: Occurrence & { kind: 'name' }; symbol?: Sym } | undefined {
  const file = analysis.file(uri);
  if (file === undefined) return undefined;
  const occurrence = indexOf(analysis, file).at(offset);
  if (occurrence === undefined || occurrence.kind !== 'name') return undefined;
  return { occurrence, symbol: occurrence.symbol };
}

/** Where the name (or import path) under the cursor is declared. A declaration leads to itself. */
export function definition(analysis: Analysis, uri: string, offset: number): DefinitionResult | undefined {
  const file = analysis.file(uri);
  if (file === undefined) return undefined;
  const occurrence = indexOf(analysis, file).at(offset);
  if (occurrence === undefined) return undefined;
  if (occurrence.kind === 'import') {
    if (occurrence.target === undefined) return undefined;
    const empty = { start: 0, end: 0 };
    return { origin: occurrence.range, targets: [{ uri: occurrence.target, range: empty, selectionRange: empty }] };
  }
  if (occurrence.kind !== 'name' || occurrence.symbol === undefined) return undefined;
  return { origin: occurrence.range, targets: [targetOf(occurrence.symbol)] };
}

export function targetOf(sym: Sym): DefinitionTarget {
  return { uri: sym.uri, range: sym.node.range, selectionRange: nameRangeOf(sym) };
}

/** Every mention of the symbol under the cursor across the snapshot, in path and source order. */
export function references(analysis: Analysis, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const found = symbolAt(analysis, uri, offset);
  if (found?.symbol === undefined) return [];
  return occurrencesOf(analysis, found.symbol)
    .filter(({ occurrence }) => includeDeclaration || occurrence.role === 'reference')
    .map(({ uri: at, occurrence }) => ({ uri: at, range: occurrence.range }));
}

export type PrepareRenameResult =
  | { readonly range: TextRange; readonly placeholder: string }
  | { readonly error: string };

/** Whether the name under the cursor can be renamed; undefined when there is no name there. */
export function prepareRename(analysis: Analysis, uri: string, offset: number, locale: Locale): PrepareRenameResult | undefined {
  const found = symbolAt(analysis, uri, offset);
  if (found === undefined) return undefined;
  if (found.symbol === undefined) {
    return { error: localize(msg(`\`${textOf(analysis, uri, found.occurrence.range)}\` does not refer to anything that could be renamed`, `“${textOf(analysis, uri, found.occurrence.range)}”未指向任何可重命名的对象`), locale) };
  }
  return { range: found.occurrence.range, placeholder: found.symbol.name };
}

export type RenameResult = { readonly edits: readonly WorkspaceTextEdit[] } | { readonly error: string };

/** Renames the symbol under the cursor: its declaration and every reference to it. */
export function rename(analysis: Analysis, uri: string, offset: number, newName: string, locale: Locale): RenameResult | undefined {
  const found = symbolAt(analysis, uri, offset);
  if (found === undefined) return undefined;
  const sym = found.symbol;
  if (sym === undefined) {
    const prepared = prepareRename(analysis, uri, offset, locale);
    return { error: prepared !== undefined && 'error' in prepared ? prepared.error : '' };
  }
  const problem = checkNewName(analysis, sym, newName);
  if (problem !== undefined) return { error: localize(problem, locale) };
  const edits = occurrencesOf(analysis, sym).map(({ uri: at, occurrence }) => ({ uri: at, range: occurrence.range, newText: newName }));
  return { edits };
}

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const KEYWORD_SPELLINGS = new Set(KEYWORDS.flatMap((k) => [k.en, k.zh]));

/** Why `newName` cannot replace the name of `sym`, if it cannot. */
function checkNewName(analysis: Analysis, sym: Sym, newName: string): Msg | undefined {
  if (!IDENTIFIER.test(newName)) {
    return msg(`\`${newName}\` is not a valid name: use letters, digits, \`_\` or \`-\`, starting with a letter or \`_\``, `“${newName}”不是有效的名称：名称须以字母或“_”开头，由字母、数字、“_”或“-”组成`);
  }
  if (KEYWORD_SPELLINGS.has(newName)) return msg(`\`${newName}\` is a keyword`, `“${newName}”是关键字`);
  if (newName === sym.name) return undefined;
  const clash = clashOf(analysis, sym, newName);
  if (clash !== undefined) return msg(`\`${newName}\` is already defined here`, `此处已定义“${newName}”`);
  return undefined;
}

/** A symbol that already uses `newName` where `sym`'s name is visible. */
function clashOf(analysis: Analysis, sym: Sym, newName: string): Sym | undefined {
  switch (sym.kind) {
    case 'duty':
      return sym.list.duties.get(newName);
    case 'indicator':
      return sym.plan.indicators.find((i) => i.name === newName);
    case 'inspector':
      if (sym.plan !== undefined) {
        // A plan's own inspector shadows a top-level one: it must not capture the plan's references to it.
        const plan = sym.plan;
        const captured = indexOf(analysis, plan.file).occurrences.find((o) => o.kind === 'name' && o.plan === plan && o.role === 'reference'
          && o.symKind === 'inspector' && o.symbol !== undefined && o.symbol.name === newName);
        return plan.localInspectors.get(newName) ?? (captured?.kind === 'name' ? captured.symbol : undefined);
      }
      break;
    default:
      break;
  }
  // A top-level name: it must stay unique in its file, in every file that sees it, and must
  // not be captured by a plan's own inspector where it is referred to.
  for (const file of analysis.model.files.values()) {
    if (file.uri !== sym.uri && !file.imports.some((entry) => entry.target === sym.uri)) continue;
    const other = file.scope.get(newName) ?? file.definitions.find((d) => d.name === newName);
    if (other !== undefined && other !== sym) return other;
  }
  if (sym.kind === 'inspector') {
    for (const { occurrence } of occurrencesOf(analysis, sym)) {
      const local = occurrence.plan?.localInspectors.get(newName);
      if (local !== undefined) return local;
    }
  }
  return undefined;
}

function textOf(analysis: Analysis, uri: string, range: TextRange): string {
  return analysis.file(uri)?.text.slice(range.start, range.end) ?? '';
}
