/**
 * Completion by context. The context comes from the token list and the text around the
 * cursor, not only from the syntax tree, so it works while the file is broken: the block
 * the cursor is in (top level, plan, indicator, duty list, duty) is found by following
 * braces the way the parser's recovery does, and the statement being typed by its keyword.
 *
 * Offered:
 * - at the start of a statement: the keywords valid there, in the file's keyword
 *   language first, both spellings;
 * - after `duty` in an indicator: the duty ids of the plan's duty list, with display names;
 * - after `inspector` in an indicator or `recognizes` (and after `,`/`、` in those lists):
 *   the inspectors visible from the plan, except those already listed;
 * - after `refines`: the parent plan's indicators; after `parent`: plans in scope;
 *   after `duties` in a plan: duty lists in scope;
 * - enumerated values after `level`, `assesses`, `frequency`, `method`, `horizon`, and
 *   the kinds of duties and inspectors after their names;
 * - `by`/`until` after `negotiated "…"`; `recognizes` after an inspector declaration;
 * - inside an `import` string: paths of the other files of the snapshot, relative to this one.
 */
import type * as ast from '../syntax/ast';
import { KEYWORD_BY_NAME, type KeywordLanguage } from '../syntax/keywords';
import { CONTEXT_KEYWORDS } from '../syntax/parser';
import type { Locale } from '../syntax/message';
import type { TextRange } from '../syntax/text';
import { DUTY_KINDS, type EnumSet, FREQUENCIES, HORIZONS, INSPECTOR_KINDS, LEVELS, METHODS, lookupEnum } from '../semantics/enums';
import type { FileModel, PlanSym } from '../semantics/model';
import { visibleInspectors, visibleOfKind } from '../semantics/names';
import { relativePath } from '../semantics/paths';
import type { Analysis } from './analysis';
import { localize, meaningOf, tr } from './describe';

export type CompletionKind = 'keyword' | 'plan' | 'duties' | 'duty' | 'inspector' | 'indicator' | 'value' | 'file';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** Shown after the label: the display name, or the other spelling of a keyword. */
  readonly detail?: string;
  /** Shown on the right: a duty's or inspector's kind, a plan's level. */
  readonly description?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Defaults to the label. */
  readonly insertText?: string;
  /** Text the client filters on (id and display name). */
  readonly filterText?: string;
  readonly sortText: string;
}

export interface CompletionResult {
  /** The text the chosen item replaces (the word at the cursor, or the import path). */
  readonly range: TextRange;
  readonly items: readonly CompletionItem[];
}

/** Completion at `offset` of `uri`. Never throws; an empty list when nothing fits. */
export function complete(analysis: Analysis, uri: string, offset: number, locale: Locale): CompletionResult {
  const file = analysis.file(uri);
  const none = { range: { start: offset, end: offset }, items: [] };
  if (file === undefined) return none;
  const { document } = file;
  if (document.comments.some((c) => c.range.start < offset && (offset < c.range.end || (offset === c.range.end && !c.block)))) return none;

  const tokens = document.tokens;
  const tokenIndex = lastTokenBefore(tokens, offset);
  const atCursor = tokenIndex >= 0 ? tokens[tokenIndex] : undefined;

  // Inside a string: only an import path completes.
  if (atCursor !== undefined && atCursor.type === 'StringLiteral' && insideString(atCursor, offset)) {
    const before = significantBefore(tokens, tokenIndex);
    if (before?.type !== 'Import') return none;
    return importPaths(analysis, file, atCursor, locale);
  }

  // The word being typed is replaced; the context is what comes before it.
  const word = atCursor !== undefined && isWord(atCursor) && atCursor.range.end >= offset ? atCursor : undefined;
  const range = word === undefined ? { start: offset, end: offset } : word.range;
  const contextEnd = word === undefined ? (atCursor !== undefined && atCursor.range.end <= offset ? tokenIndex + 1 : tokenIndex) : tokenIndex;
  const context = tokens.slice(0, Math.max(0, contextEnd));
  const block = blockAt(context);
  const statement = statementOf(file.text, context, range.start);
  const plan = planOf(file, block.plan);
  const items = itemsFor(file, block.kind, statement, plan, locale);
  // `职责安全|`: the word is glued to its keyword (Chinese has no spaces); insert the space too.
  const previous = word === undefined ? undefined : tokens[tokenIndex - 1];
  if (word !== undefined && previous !== undefined && isKeyword(previous) && previous.range.end === word.range.start && statement.head !== undefined) {
    return { range, items: items.map((item) => ({ ...item, insertText: ` ${item.insertText ?? item.label}`, filterText: item.filterText ?? item.label })) };
  }
  return { range, items };
}

// ----------------------------------------------------------------- context

type BlockKind = 'top' | 'plan' | 'indicator' | 'duties' | 'duty';

/** Keywords that end a block whose `}` is missing (the parser's recovery does the same). */
const STOPS: Record<BlockKind, readonly string[]> = {
  top: [],
  plan: ['Plan', 'Import'],
  indicator: ['Indicator', 'Plan', 'Import'],
  duties: ['Duties', 'Inspector', 'Plan', 'Import'],
  duty: ['Duty', 'Duties', 'Inspector', 'Plan', 'Import'],
};

const OPENERS: Record<string, BlockKind> = { Plan: 'plan', Indicator: 'indicator', Duties: 'duties', Duty: 'duty' };
const NOT_HEADS = new Set(['By', 'Until', 'Recognizes']);

function isKeyword(token: ast.Token): boolean {
  return KEYWORD_BY_NAME.has(token.type);
}

function isHead(token: ast.Token): boolean {
  return isKeyword(token) && !NOT_HEADS.has(token.type);
}

function isWord(token: ast.Token): boolean {
  return token.type === 'Identifier' || isKeyword(token);
}

/** Index of the last token starting before `offset` (or at it, for an empty word), or -1. */
function lastTokenBefore(tokens: readonly ast.Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].range.start < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function significantBefore(tokens: readonly ast.Token[], index: number): ast.Token | undefined {
  for (let i = index - 1; i >= 0; i--) if (tokens[i].type !== 'Colon') return tokens[i];
  return undefined;
}

function insideString(token: ast.Token, offset: number): boolean {
  const closed = token.image.length > 1 && (token.image.endsWith('”') || (token.image.startsWith('"') && token.image.endsWith('"')));
  return token.range.start < offset && (offset < token.range.end || (!closed && offset === token.range.end));
}

interface BlockContext {
  readonly kind: BlockKind;
  /** The `plan` keyword of the enclosing plan, if any. */
  readonly plan?: { readonly keyword: ast.Token; readonly name?: ast.Token };
}

/** The innermost block that the tokens leave open. */
function blockAt(tokens: readonly ast.Token[]): BlockContext {
  const stack: { kind: BlockKind; plan?: BlockContext['plan'] }[] = [{ kind: 'top' }];
  let statementStart = 0;
  tokens.forEach((token, i) => {
    if (isHead(token)) {
      while (stack.length > 1 && STOPS[stack[stack.length - 1].kind].includes(token.type)) stack.pop();
    }
    const top = stack[stack.length - 1];
    if (token.type === 'LCurly') {
      const head = tokens.slice(statementStart, i).find(isHead);
      const kind: BlockKind = head === undefined ? top.kind : OPENERS[head.type] ?? top.kind;
      const planKeyword = head?.type === 'Plan' ? head : undefined;
      const nameToken = planKeyword === undefined ? undefined : tokens.slice(tokens.indexOf(planKeyword) + 1, i).find((t) => t.type === 'Identifier');
      stack.push({ kind, plan: planKeyword !== undefined ? { keyword: planKeyword, name: nameToken } : top.plan });
      statementStart = i + 1;
    } else if (token.type === 'RCurly') {
      if (stack.length > 1) stack.pop();
      statementStart = i + 1;
    } else if (token.type === 'Semicolon') statementStart = i + 1;
    else if (isHead(token)) statementStart = i;
  });
  const top = stack[stack.length - 1];
  return { kind: top.kind, plan: top.plan };
}

interface Statement {
  /** The statement's keyword; undefined at the start of a statement. */
  readonly head?: ast.Token;
  /** Tokens after the keyword (and its `:`). */
  readonly args: readonly ast.Token[];
}

/** The statement the cursor is in, from its keyword up to the cursor. */
function statementOf(text: string, tokens: readonly ast.Token[], cursor: number): Statement {
  let start = tokens.length;
  while (start > 0) {
    const token = tokens[start - 1];
    if (token.type === 'LCurly' || token.type === 'RCurly' || token.type === 'Semicolon') break;
    start--;
    if (isHead(token)) break;
  }
  const statement = tokens.slice(start);
  const last = statement[statement.length - 1];
  // A new line starts a new statement, unless the line ends with a separator.
  if (last !== undefined && last.type !== 'Comma' && last.type !== 'Colon' && /[\r\n]/.test(text.slice(last.range.end, cursor))) {
    return { args: [] };
  }
  if (statement.length === 0 || !isHead(statement[0])) return statement.length === 0 ? { args: [] } : { head: undefined, args: statement };
  const args = statement.slice(1);
  return { head: statement[0], args: args[0]?.type === 'Colon' ? args.slice(1) : args };
}

function planOf(file: FileModel, plan: BlockContext['plan']): PlanSym | undefined {
  if (plan === undefined) return undefined;
  return file.plans.find((p) => p.node.keywordRange.start === plan.keyword.range.start)
    ?? (plan.name === undefined ? undefined : file.plans.find((p) => p.name === plan.name!.image));
}

// ----------------------------------------------------------------- items

function itemsFor(file: FileModel, block: BlockKind, statement: Statement, plan: PlanSym | undefined, locale: Locale): CompletionItem[] {
  const language = file.document.language;
  const { head, args } = statement;
  if (head === undefined) {
    if (args.length > 0) return [];
    return keywordItems(CONTEXT_KEYWORDS[block], language, locale);
  }
  const listed = (kinds: readonly string[]) => args.filter((t) => kinds.includes(t.type)).map((t) => t.image);
  const afterListStart = args.length === 0 || args[args.length - 1].type === 'Comma';
  switch (head.type) {
    case 'Duty':
      if (block === 'indicator' && args.length === 0) return dutyItems(plan, locale);
      if (block === 'duties' && args.length >= 1 && args[0].type === 'Identifier' && isKindSlot(args.slice(1))) return enumItems(DUTY_KINDS, language, locale, []);
      return [];
    case 'Inspector': {
      if (block === 'indicator') return afterListStart ? inspectorItems(file, plan, listed(['Identifier']), locale) : [];
      const recognizes = args.findIndex((t) => t.type === 'Recognizes');
      if (recognizes >= 0) {
        const list = args.slice(recognizes + 1);
        const open = list.length === 0 || list[list.length - 1].type === 'Comma' || (list.length === 1 && list[0].type === 'Colon');
        const own = args[0]?.type === 'Identifier' ? [args[0].image] : [];
        return open ? inspectorItems(file, plan, [...own, ...list.filter((t) => t.type === 'Identifier').map((t) => t.image)], locale) : [];
      }
      if (args.length >= 1 && args[0].type === 'Identifier') {
        const rest = args.slice(1);
        const recognizesItems = keywordItems(['Recognizes'], language, locale, 'b');
        if (isKindSlot(rest)) return [...enumItems(INSPECTOR_KINDS, language, locale, []), ...recognizesItems];
        if (rest.length <= 2 && rest[rest.length - 1]?.type === 'Identifier') return recognizesItems;
      }
      return [];
    }
    case 'Refines':
      return args.length === 0 ? indicatorItems(plan, locale) : [];
    case 'Parent':
      return args.length === 0 ? planItems(file, plan, locale) : [];
    case 'Duties':
      return block === 'plan' && args.length === 0 ? dutyListItems(file, locale) : [];
    case 'Level':
    case 'Assesses':
      return args.length === 0 ? enumItems(LEVELS, language, locale, []) : [];
    case 'Frequency':
      return args.length === 0 ? enumItems(FREQUENCIES, language, locale, []) : [];
    case 'Horizon':
      return args.length === 0 ? enumItems(HORIZONS, language, locale, []) : [];
    case 'Method':
      return afterListStart ? enumItems(METHODS, language, locale, listed(['Identifier'])) : [];
    case 'Negotiated': {
      if (args.length === 0 || args[0].type !== 'StringLiteral') return [];
      const last = args[args.length - 1];
      if (last.type === 'By' || last.type === 'Until' || last.type === 'Colon') return [];
      const present = new Set(args.map((t) => t.type));
      const next = present.has('Until') ? [] : present.has('By') ? ['Until'] : ['By', 'Until'];
      return keywordItems(next, language, locale);
    }
    default:
      return [];
  }
}

/** After a declaration's name: nothing yet, or only its display name. */
function isKindSlot(rest: readonly ast.Token[]): boolean {
  return rest.length === 0 || (rest.length === 1 && rest[0].type === 'StringLiteral');
}

function sortKey(group: number, index: number): string {
  return `${group}${String(index).padStart(4, '0')}`;
}

function keywordItems(names: readonly string[], language: KeywordLanguage, locale: Locale, prefix = 'a'): CompletionItem[] {
  const out: CompletionItem[] = [];
  names.forEach((name, index) => {
    const keyword = KEYWORD_BY_NAME.get(name);
    if (keyword === undefined) return;
    const documentation = locale === 'zh-CN' ? `${keyword.help.zh}\n\n${keyword.help.en}` : `${keyword.help.en}\n\n${keyword.help.zh}`;
    const spellings: [string, string, KeywordLanguage][] = [[keyword.en, keyword.zh, 'en'], [keyword.zh, keyword.en, 'zh']];
    for (const [label, other, lang] of spellings) {
      out.push({ label, kind: 'keyword', detail: other, documentation, sortText: `${prefix}${sortKey(lang === language ? 0 : 1, index)}` });
    }
  });
  return out;
}

function enumItems(set: EnumSet, language: KeywordLanguage, locale: Locale, exclude: readonly string[]): CompletionItem[] {
  const taken = new Set(exclude.map((text) => lookupEnum(set, text)?.id).filter((id) => id !== undefined));
  const out: CompletionItem[] = [];
  set.values.forEach((value, index) => {
    if (taken.has(value.id)) return;
    const meaning = meaningOf(set, value);
    const documentation = locale === 'zh-CN' ? `${meaning.zh}\n\n${meaning.en}` : `${meaning.en}\n\n${meaning.zh}`;
    const spellings: [string, KeywordLanguage][] = [[value.id, 'en'], ...value.zh.map((zh): [string, KeywordLanguage] => [zh, 'zh'])];
    spellings.forEach(([label, lang], k) => {
      const others = spellings.filter(([other]) => other !== label).map(([other]) => other).join(' / ');
      out.push({ label, kind: 'value', detail: others, description: localize(set.label, locale), documentation, sortText: sortKey(lang === language ? 0 : 1, index * 10 + k) });
    });
  });
  return out;
}

function dutyItems(plan: PlanSym | undefined, locale: Locale): CompletionItem[] {
  const list = plan?.dutyList?.target;
  if (list === undefined) return [];
  return [...list.duties.values()].map((duty, index) => {
    const title = duty.node.title?.value;
    const kind = duty.dutyKind?.value;
    const lines: string[] = [];
    if (kind !== undefined) lines.push(localize(meaningOf(DUTY_KINDS, kind), locale));
    if (duty.node.lead !== undefined) lines.push(`${tr(locale, 'Lead department: ', '牵头部门：')}${duty.node.lead.value}`);
    if (duty.node.basis !== undefined) lines.push(`${tr(locale, 'Basis: ', '依据：')}${duty.node.basis.value}`);
    return {
      label: duty.name,
      kind: 'duty' as const,
      detail: title,
      description: kind === undefined ? undefined : locale === 'zh-CN' ? kind.zh[0] : kind.id,
      documentation: lines.length === 0 ? undefined : lines.join('\n\n'),
      filterText: title === undefined ? undefined : `${duty.name} ${title}`,
      // Returned duties may not be assessed: list them last.
      sortText: sortKey(kind?.id === 'returned' ? 1 : 0, index),
    };
  });
}

function inspectorItems(file: FileModel, plan: PlanSym | undefined, exclude: readonly string[], locale: Locale): CompletionItem[] {
  return visibleInspectors(file, plan).filter((sym) => !exclude.includes(sym.name)).map((sym, index) => {
    const kind = sym.inspectorKind?.value;
    return {
      label: sym.name,
      kind: 'inspector' as const,
      detail: sym.node.title?.value,
      description: kind === undefined ? undefined : locale === 'zh-CN' ? kind.zh[0] : kind.id,
      filterText: sym.node.title === undefined ? undefined : `${sym.name} ${sym.node.title.value}`,
      sortText: sortKey(sym.plan === undefined ? 1 : 0, index),
    };
  });
}

function indicatorItems(plan: PlanSym | undefined, locale: Locale): CompletionItem[] {
  const parent = plan?.parent?.target;
  if (parent === undefined) return [];
  return parent.indicators.map((indicator, index) => ({
    label: indicator.name,
    kind: 'indicator' as const,
    detail: indicator.node.title?.value,
    description: tr(locale, `in ${parent.name}`, `上级方案 ${parent.name}`),
    filterText: indicator.node.title === undefined ? undefined : `${indicator.name} ${indicator.node.title.value}`,
    sortText: sortKey(0, index),
  }));
}

function planItems(file: FileModel, plan: PlanSym | undefined, locale: Locale): CompletionItem[] {
  return visibleOfKind(file, 'plan').filter((p) => p !== plan).map((p, index) => {
    const level = p.level?.value;
    return {
      label: p.name,
      kind: 'plan' as const,
      detail: p.node.title?.value,
      description: level === undefined ? undefined : locale === 'zh-CN' ? level.zh[0] : level.id,
      filterText: p.node.title === undefined ? undefined : `${p.name} ${p.node.title.value}`,
      sortText: sortKey(p.uri === file.uri ? 1 : 0, index),
    };
  });
}

function dutyListItems(file: FileModel, locale: Locale): CompletionItem[] {
  return visibleOfKind(file, 'duties').map((list, index) => ({
    label: list.name,
    kind: 'duties' as const,
    detail: list.node.title?.value,
    description: tr(locale, `${list.duties.size} duties`, `${list.duties.size} 项职责`),
    filterText: list.node.title === undefined ? undefined : `${list.name} ${list.node.title.value}`,
    sortText: sortKey(0, index),
  }));
}

function importPaths(analysis: Analysis, file: FileModel, token: ast.Token, locale: Locale): CompletionResult {
  const quote = token.image.startsWith('“') ? '”' : '"';
  const closed = token.image.length > 1 && token.image.endsWith(quote);
  const range = { start: token.range.start + 1, end: closed ? token.range.end - 1 : token.range.end };
  const imported = new Set(file.imports.map((entry) => entry.target).filter((t) => t !== undefined));
  // Files not yet imported first, then the nearest (fewest `../`), then by path.
  const candidates = analysis.model.uris.filter((uri) => uri !== file.uri).map((uri) => {
    const label = relativePath(file.uri, uri);
    return { uri, label, key: [imported.has(uri) ? 1 : 0, (label.match(/\.\.\//g) ?? []).length, label] as const };
  });
  candidates.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const items = candidates.map(({ uri, label }, index) => ({
    label,
    kind: 'file' as const,
    detail: imported.has(uri) ? tr(locale, 'already imported', '已引用') : undefined,
    sortText: sortKey(0, index),
  }));
  return { range, items };
}
