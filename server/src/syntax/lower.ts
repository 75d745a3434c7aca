/** Lowers Chevrotain's CST to the AST; tolerant of nodes that error recovery left incomplete. */
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as ast from './ast';
import type { TextRange } from './text';
import type { JunkContext } from './parser';

export interface Lowered {
  readonly imports: ast.Import[];
  readonly dutyLists: ast.DutyList[];
  readonly inspectors: ast.InspectorDecl[];
  readonly plans: ast.Plan[];
  readonly junk: { token: IToken; context: JunkContext }[];
}

function isToken(element: CstElement): element is IToken {
  return (element as IToken).tokenType !== undefined;
}

function present(token: IToken | undefined): token is IToken {
  return token !== undefined && !token.isInsertedInRecovery && !Number.isNaN(token.startOffset);
}

function tokenRange(token: IToken): TextRange {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

/** All real tokens under a node, in source order. */
function tokensOf(node: CstNode): IToken[] {
  const out: IToken[] = [];
  const visit = (current: CstNode): void => {
    for (const children of Object.values(current.children)) {
      for (const child of children) {
        if (isToken(child)) {
          if (present(child)) out.push(child);
        } else visit(child);
      }
    }
  };
  visit(node);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

function spanOf(tokens: readonly IToken[]): TextRange {
  if (tokens.length === 0) return { start: 0, end: 0 };
  const last = tokens[tokens.length - 1];
  return { start: tokens[0].startOffset, end: last.startOffset + last.image.length };
}

function token(node: CstNode, label: string, index = 0): IToken | undefined {
  const child = node.children[label]?.[index];
  return child !== undefined && isToken(child) && present(child) ? child : undefined;
}

function nodes(node: CstNode, label: string): CstNode[] {
  return (node.children[label] ?? []).filter((child): child is CstNode => !isToken(child));
}

function name(tok: IToken | undefined): ast.Name | undefined {
  return tok === undefined ? undefined : { text: tok.image, range: tokenRange(tok) };
}

export function stringValue(image: string): string {
  if (image.startsWith('“')) return image.endsWith('”') ? image.slice(1, -1) : image.slice(1);
  const body = image.length > 1 && image.endsWith('"') && !image.endsWith('\\"') ? image.slice(1, -1) : image.slice(1);
  return body.replace(/\\(["\\])/g, '$1');
}

function str(tok: IToken | undefined): ast.Str | undefined {
  return tok === undefined ? undefined : { value: stringValue(tok.image), range: tokenRange(tok) };
}

function num(tok: IToken | undefined): ast.NumberLit | undefined {
  return tok === undefined ? undefined : { value: Number(tok.image), text: tok.image, range: tokenRange(tok) };
}

function date(tok: IToken | undefined): ast.DateLit | undefined {
  return tok === undefined ? undefined : { text: tok.image, range: tokenRange(tok) };
}

/** The statement's keyword and extent, from the node's location (tokens only when recovery left it unknown). */
function statement(node: CstNode): ast.Statement | undefined {
  const keyword = token(node, 'keyword');
  if (keyword === undefined) return undefined;
  const location = node.location;
  const known = location !== undefined && location.endOffset !== undefined && !Number.isNaN(location.endOffset);
  const end = known ? location.endOffset! + 1 : spanOf(tokensOf(node)).end;
  return { keyword: keyword.tokenType.name, keywordRange: tokenRange(keyword), range: { start: keyword.startOffset, end } };
}

function bodyStart(node: CstNode): number | undefined {
  const open = token(node, 'LCurly');
  return open === undefined ? undefined : open.startOffset + open.image.length;
}

function bodyEnd(node: CstNode): number | undefined {
  const close = token(node, 'RCurly');
  return close === undefined ? undefined : close.startOffset;
}

const COMPARATORS: Record<string, ast.Comparator> = { GreaterEqual: '>=', LessEqual: '<=', Greater: '>', Less: '<', Equal: '=' };

function bareText(tok: IToken | undefined): ast.Str | undefined {
  return tok === undefined ? undefined : { value: tok.image, range: tokenRange(tok) };
}

function lowerTarget(node: CstNode): ast.Target {
  const comparator = token(node, 'comparator');
  const unit = token(node, 'unit');
  const location = node.location;
  return {
    range: location === undefined || location.endOffset === undefined || Number.isNaN(location.endOffset) || Number.isNaN(location.startOffset) ? spanOf(tokensOf(node)) : { start: location.startOffset, end: location.endOffset + 1 },
    comparator: comparator === undefined ? undefined : { op: COMPARATORS[comparator.tokenType.name], range: tokenRange(comparator) },
    number: num(token(node, 'NumberLiteral')),
    unit: unit === undefined ? undefined : { text: unit.tokenType.name === 'StringLiteral' ? stringValue(unit.image) : unit.tokenType.name === 'Percent' ? '%' : unit.image, range: tokenRange(unit) },
    text: str(token(node, 'text')) ?? bareText(token(node, 'bareText')),
    unquoted: token(node, 'bareText') !== undefined || undefined,
  };
}

function firstPresent(elements: readonly CstElement[]): IToken | undefined {
  for (const element of elements) if (isToken(element) && present(element)) return element;
  return undefined;
}

function presentNames(elements: readonly CstElement[]): ast.Name[] {
  const out: ast.Name[] = [];
  for (const element of elements) if (isToken(element) && present(element)) out.push({ text: element.image, range: tokenRange(element) });
  return out;
}

/** One pass over the children that are there (looking up absent labels one by one is slow on CST objects). */
function lowerProperty(node: CstNode): ast.Property | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  let names: ast.Name[] = [];
  let strTok: IToken | undefined;
  let numberTok: IToken | undefined;
  let dateTok: IToken | undefined;
  let target: ast.Target | undefined;
  let approver: IToken | undefined;
  let untilTok: IToken | undefined;
  let byTok: IToken | undefined;
  let untilKeyword: IToken | undefined;
  const children = node.children;
  for (const key in children) {
    const list = children[key];
    switch (key) {
      case 'Identifier': names = presentNames(list); break;
      case 'idList': {
        const first = list[0];
        if (first !== undefined && !isToken(first)) names = presentNames(first.children.Identifier ?? []);
        break;
      }
      case 'StringLiteral': strTok = firstPresent(list); break;
      case 'NumberLiteral': numberTok = firstPresent(list); break;
      case 'DateLiteral': dateTok = firstPresent(list); break;
      case 'target': {
        const first = list[0];
        if (first !== undefined && !isToken(first)) target = lowerTarget(first);
        break;
      }
      case 'approver': approver = firstPresent(list); break;
      case 'until': untilTok = firstPresent(list); break;
      case 'By': byTok = firstPresent(list); break;
      case 'Until': untilKeyword = firstPresent(list); break;
      default: break;
    }
  }
  return {
    keyword: head.keyword,
    keywordRange: head.keywordRange,
    range: head.range,
    kind: 'property',
    names,
    str: str(strTok),
    number: num(numberTok),
    date: date(dateTok),
    target,
    by: str(approver),
    until: date(untilTok),
    byRange: byTok === undefined ? undefined : tokenRange(byTok),
    untilRange: untilKeyword === undefined ? undefined : tokenRange(untilKeyword),
  };
}

function lowerInspector(node: CstNode): ast.InspectorDecl | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  const recognizesKeyword = token(node, 'Recognizes');
  const list = nodes(node, 'idList')[0];
  const names = list === undefined ? [] : (list.children.Identifier ?? []).filter(isToken).filter(present).map((tok) => name(tok)!);
  return {
    keyword: head.keyword,
    keywordRange: head.keywordRange,
    range: head.range,
    kind: 'inspector',
    name: name(token(node, 'Identifier')),
    title: str(token(node, 'StringLiteral')),
    inspectorKind: name(token(node, 'kind')),
    recognizes: recognizesKeyword === undefined
      ? undefined
      : { keywordRange: tokenRange(recognizesKeyword), names, range: { start: recognizesKeyword.startOffset, end: names.length > 0 ? names[names.length - 1].range.end : recognizesKeyword.startOffset + recognizesKeyword.image.length } },
  };
}

function lowerDuty(node: CstNode): ast.DutyDecl | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  const props = nodes(node, 'dutyProp').map(lowerProperty).filter((p): p is ast.Property => p !== undefined);
  const value = (keyword: string) => props.find((p) => p.keyword === keyword)?.str;
  return {
    keyword: head.keyword,
    keywordRange: head.keywordRange,
    range: head.range,
    kind: 'duty',
    name: name(token(node, 'Identifier')),
    title: str(token(node, 'StringLiteral')),
    dutyKind: name(token(node, 'kind')),
    basis: value('Basis'),
    lead: value('Lead'),
    note: value('Note'),
    props,
  };
}

function lowerDutyList(node: CstNode): ast.DutyList | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  return {
    keyword: head.keyword,
    keywordRange: head.keywordRange,
    range: head.range,
    kind: 'duties',
    name: name(token(node, 'Identifier')),
    title: str(token(node, 'StringLiteral')),
    duties: nodes(node, 'dutyDecl').map(lowerDuty).filter((d): d is ast.DutyDecl => d !== undefined),
  };
}

function lowerIndicator(node: CstNode): ast.Indicator | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  return {
    keyword: head.keyword,
    keywordRange: head.keywordRange,
    range: head.range,
    kind: 'indicator',
    name: name(token(node, 'Identifier')),
    title: str(token(node, 'StringLiteral')),
    props: nodes(node, 'indicatorProp').map(lowerProperty).filter((p): p is ast.Property => p !== undefined),
    bodyStart: bodyStart(node),
    bodyEnd: bodyEnd(node),
  };
}

function lowerPlan(node: CstNode): ast.Plan | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  return planFrom(node, head, name(token(node, 'Identifier')), str(token(node, 'StringLiteral')));
}

function planFrom(node: CstNode, head: ast.Statement, planName: ast.Name | undefined, title: ast.Str | undefined): ast.Plan {
  const props = nodes(node, 'planProp').map(lowerProperty).filter((p): p is ast.Property => p !== undefined);
  const inspectors = nodes(node, 'inspectorDecl').map(lowerInspector).filter((i): i is ast.InspectorDecl => i !== undefined);
  const indicators = nodes(node, 'indicator').map(lowerIndicator).filter((i): i is ast.Indicator => i !== undefined);
  const junk = junkTokens(node, 'planJunk');
  const ends = [...props, ...inspectors, ...indicators].map((item) => item.range.end);
  for (const stray of nodes(node, 'strayIndicatorBody')) {
    const header = strayHeader('Indicator', stray, junk, ends);
    if (header === undefined) continue;
    indicators.push({
      ...header.head,
      kind: 'indicator',
      name: header.name,
      title: header.title,
      props: nodes(stray, 'indicatorProp').map(lowerProperty).filter((p): p is ast.Property => p !== undefined),
      bodyStart: bodyStart(stray),
      bodyEnd: bodyEnd(stray),
    });
  }
  indicators.sort((a, b) => a.range.start - b.range.start);
  return {
    keyword: head.keyword,
    keywordRange: head.keywordRange,
    range: head.range,
    kind: 'plan',
    name: planName,
    title,
    props,
    inspectors,
    indicators,
    bodyStart: bodyStart(node),
    bodyEnd: bodyEnd(node),
  };
}

function junkTokens(node: CstNode, label: string): IToken[] {
  const out: IToken[] = [];
  for (const child of nodes(node, label)) {
    const tok = token(child, 'junk');
    if (tok !== undefined) out.push(tok);
  }
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

/**
 * The header of a stray block: the stray words right before its `{` (after the end of the
 * previous statement) read as `<misspelt keyword> <name> ["title"]`. The misspelt keyword is
 * reported as a syntax error by the junk pass; the block is analysed as what it should be.
 */
function strayHeader(keyword: 'Plan' | 'Indicator', stray: CstNode, junk: readonly IToken[], ends: readonly number[]): { head: ast.Statement; name?: ast.Name; title?: ast.Str } | undefined {
  const open = token(stray, 'LCurly');
  if (open === undefined) return undefined;
  const floor = Math.max(-1, ...ends.filter((end) => end <= open.startOffset));
  const before = junk.filter((tok) => tok.startOffset >= floor && tok.startOffset < open.startOffset).slice(-3);
  let i = before.length - 1;
  let title: ast.Str | undefined;
  let strayName: ast.Name | undefined;
  if (i >= 0 && before[i].tokenType.name === 'StringLiteral') title = str(before[i--]);
  if (i >= 0 && before[i].tokenType.name === 'Identifier') strayName = name(before[i--]);
  const keywordToken = i >= 0 ? before[i] : before[0] ?? open;
  const close = token(stray, 'RCurly');
  const end = close === undefined ? spanOf(tokensOf(stray)).end : close.startOffset + close.image.length;
  return {
    head: { keyword, keywordRange: tokenRange(keywordToken), range: { start: keywordToken.startOffset, end } },
    name: strayName,
    title,
  };
}

const JUNK_RULES: readonly [string, JunkContext][] = [['topJunk', 'top'], ['planJunk', 'plan'], ['indicatorJunk', 'indicator'], ['dutiesJunk', 'duties'], ['dutyJunk', 'duty']];

/** Junk lives in the five block rules; walk only those, not every node. */
function collectJunk(node: CstNode, out: Lowered['junk']): void {
  for (const [label, context] of JUNK_RULES) {
    for (const child of nodes(node, label)) {
      const tok = token(child, 'junk');
      if (tok !== undefined) out.push({ token: tok, context });
    }
  }
  for (const label of ['planDecl', 'indicator', 'dutiesDecl', 'dutyDecl', 'strayPlanBody', 'strayIndicatorBody']) {
    for (const child of nodes(node, label)) collectJunk(child, out);
  }
}

/** Plans whose `plan` keyword was misspelt (`pln p "…" { … }`), analysed all the same. */
function strayPlans(file: CstNode): ast.Plan[] {
  const junk = junkTokens(file, 'topJunk');
  const ends = (['importDecl', 'dutiesDecl', 'inspectorDecl', 'planDecl'] as const).flatMap((label) => nodes(file, label).map((n) => {
    const location = n.location;
    return location?.endOffset === undefined || Number.isNaN(location.endOffset) ? spanOf(tokensOf(n)).end : location.endOffset + 1;
  }));
  const out: ast.Plan[] = [];
  for (const stray of nodes(file, 'strayPlanBody')) {
    const header = strayHeader('Plan', stray, junk, ends);
    if (header === undefined) continue;
    out.push(planFrom(stray, header.head, header.name, header.title));
  }
  return out;
}

export function lower(file: CstNode): Lowered {
  const junk: Lowered['junk'] = [];
  collectJunk(file, junk);
  junk.sort((a, b) => a.token.startOffset - b.token.startOffset);
  const lowerAll = <T>(label: string, fn: (n: CstNode) => T | undefined): T[] =>
    nodes(file, label).map(fn).filter((x): x is T => x !== undefined);
  return {
    imports: lowerAll('importDecl', (node) => {
      const head = statement(node);
      return head === undefined ? undefined : ({ keyword: head.keyword, keywordRange: head.keywordRange, range: head.range, kind: 'import', path: str(token(node, 'StringLiteral')) } satisfies ast.Import);
    }),
    dutyLists: lowerAll('dutiesDecl', lowerDutyList),
    inspectors: lowerAll('inspectorDecl', lowerInspector),
    plans: [...lowerAll('planDecl', lowerPlan), ...strayPlans(file)].sort((a, b) => a.range.start - b.range.start),
    junk,
  };
}
