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

function body(node: CstNode): { bodyStart?: number; bodyEnd?: number } {
  const open = token(node, 'LCurly');
  const close = token(node, 'RCurly');
  return {
    bodyStart: open === undefined ? undefined : open.startOffset + open.image.length,
    bodyEnd: close === undefined ? undefined : close.startOffset,
  };
}

const COMPARATORS: Record<string, ast.Comparator> = { GreaterEqual: '>=', LessEqual: '<=', Greater: '>', Less: '<', Equal: '=' };

function lowerTarget(node: CstNode): ast.Target {
  const comparator = token(node, 'comparator');
  const unit = token(node, 'unit');
  const location = node.location;
  return {
    range: location === undefined || location.endOffset === undefined || Number.isNaN(location.endOffset) || Number.isNaN(location.startOffset) ? spanOf(tokensOf(node)) : { start: location.startOffset, end: location.endOffset + 1 },
    comparator: comparator === undefined ? undefined : { op: COMPARATORS[comparator.tokenType.name], range: tokenRange(comparator) },
    number: num(token(node, 'NumberLiteral')),
    unit: unit === undefined ? undefined : { text: unit.tokenType.name === 'StringLiteral' ? stringValue(unit.image) : unit.tokenType.name === 'Percent' ? '%' : unit.image, range: tokenRange(unit) },
    text: str(token(node, 'text')),
  };
}

function lowerProperty(node: CstNode): ast.Property | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  const idList = nodes(node, 'idList')[0];
  const identifiers = idList === undefined ? (node.children.Identifier ?? []) : (idList.children.Identifier ?? []);
  const targetNode = nodes(node, 'target')[0];
  const strings = (node.children.StringLiteral ?? []).filter(isToken).filter(present);
  const byToken = token(node, 'By');
  const untilToken = token(node, 'Until');
  return {
    ...head,
    kind: 'property',
    names: identifiers.filter(isToken).filter(present).map((tok) => name(tok)!),
    str: str(strings[0]),
    number: num(token(node, 'NumberLiteral')),
    date: date(token(node, 'DateLiteral')),
    target: targetNode === undefined ? undefined : lowerTarget(targetNode),
    by: str(token(node, 'approver')),
    until: date(token(node, 'until')),
    byRange: byToken === undefined ? undefined : tokenRange(byToken),
    untilRange: untilToken === undefined ? undefined : tokenRange(untilToken),
  };
}

function lowerInspector(node: CstNode): ast.InspectorDecl | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  const recognizesKeyword = token(node, 'Recognizes');
  const list = nodes(node, 'idList')[0];
  const names = list === undefined ? [] : (list.children.Identifier ?? []).filter(isToken).filter(present).map((tok) => name(tok)!);
  return {
    ...head,
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
    ...head,
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
    ...head,
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
    ...head,
    kind: 'indicator',
    name: name(token(node, 'Identifier')),
    title: str(token(node, 'StringLiteral')),
    props: nodes(node, 'indicatorProp').map(lowerProperty).filter((p): p is ast.Property => p !== undefined),
    ...body(node),
  };
}

function lowerPlan(node: CstNode): ast.Plan | undefined {
  const head = statement(node);
  if (head === undefined) return undefined;
  return {
    ...head,
    kind: 'plan',
    name: name(token(node, 'Identifier')),
    title: str(token(node, 'StringLiteral')),
    props: nodes(node, 'planProp').map(lowerProperty).filter((p): p is ast.Property => p !== undefined),
    inspectors: nodes(node, 'inspectorDecl').map(lowerInspector).filter((i): i is ast.InspectorDecl => i !== undefined),
    indicators: nodes(node, 'indicator').map(lowerIndicator).filter((i): i is ast.Indicator => i !== undefined),
    ...body(node),
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
  for (const label of ['planDecl', 'indicator', 'dutiesDecl', 'dutyDecl']) {
    for (const child of nodes(node, label)) collectJunk(child, out);
  }
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
      return head === undefined ? undefined : ({ ...head, kind: 'import', path: str(token(node, 'StringLiteral')) } satisfies ast.Import);
    }),
    dutyLists: lowerAll('dutiesDecl', lowerDutyList),
    inspectors: lowerAll('inspectorDecl', lowerInspector),
    plans: lowerAll('planDecl', lowerPlan),
    junk,
  };
}
