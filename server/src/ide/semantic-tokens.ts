/**
 * Semantic tokens as plain data, in source order, never overlapping and never spanning a
 * line break (a multi-line comment yields one token per line), so the LSP encoding is a
 * straight walk.
 *
 * Types: plans `class`, duty lists `namespace`, duties `function`, inspectors `variable`,
 * indicators `property`, enumerated values `enumMember`, units `type`; keywords, strings,
 * numbers (and dates), comments, and comparators and `%` as `operator`.
 * Modifiers: `declaration` on a declared name, `readonly` and `defaultLibrary` on
 * enumerated values (built into the language).
 */
import type { TextRange } from '../syntax/text';
import { KEYWORD_BY_NAME } from '../syntax/keywords';
import type { Analysis } from './analysis';
import { indexOf, type Occurrence, type SymKind } from './occurrences';

export const SEMANTIC_TOKEN_TYPES = ['keyword', 'class', 'namespace', 'function', 'variable', 'property', 'enumMember', 'type', 'string', 'number', 'comment', 'operator'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'readonly', 'defaultLibrary'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  readonly range: TextRange;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

const SYMBOL_TYPES: Record<SymKind, SemanticTokenType> = {
  plan: 'class',
  duties: 'namespace',
  duty: 'function',
  inspector: 'variable',
  indicator: 'property',
};

const OPERATORS = new Set(['GreaterEqual', 'LessEqual', 'Greater', 'Less', 'Equal', 'Percent']);

/** The semantic tokens of a file, optionally only those touching `range`. */
export function semanticTokens(analysis: Analysis, uri: string, range?: TextRange): SemanticToken[] {
  const file = analysis.file(uri);
  if (file === undefined) return [];
  const index = indexOf(analysis, file);
  const byStart = new Map<number, Occurrence>();
  for (const occurrence of index.occurrences) byStart.set(occurrence.range.start, occurrence);

  const out: SemanticToken[] = [];
  const push = (tokenRange: TextRange, type: SemanticTokenType, modifiers: SemanticTokenModifier[] = []): void => {
    if (range !== undefined && (tokenRange.end < range.start || tokenRange.start > range.end)) return;
    // Split at line breaks.
    let start = tokenRange.start;
    const text = file.text;
    for (let i = tokenRange.start; i < tokenRange.end; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 10 && ch !== 13) continue;
      if (i > start) out.push({ range: { start, end: i }, type, modifiers });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    if (tokenRange.end > start) out.push({ range: { start, end: tokenRange.end }, type, modifiers });
  };

  const items = [
    ...file.document.tokens.map((token) => ({ range: token.range, type: token.type })),
    ...file.document.comments.map((comment) => ({ range: comment.range, type: 'Comment' })),
  ].sort((a, b) => a.range.start - b.range.start);

  for (const item of items) {
    if (item.type === 'Comment') push(item.range, 'comment');
    else if (KEYWORD_BY_NAME.has(item.type)) push(item.range, 'keyword');
    else if (item.type === 'StringLiteral') push(item.range, 'string');
    else if (item.type === 'NumberLiteral' || item.type === 'DateLiteral') push(item.range, 'number');
    else if (OPERATORS.has(item.type)) push(item.range, 'operator');
    else if (item.type === 'Identifier') {
      const occurrence = byStart.get(item.range.start);
      if (occurrence === undefined) continue;
      switch (occurrence.kind) {
        case 'name':
          push(item.range, SYMBOL_TYPES[occurrence.symKind], occurrence.role === 'declaration' ? ['declaration'] : []);
          break;
        case 'enum':
          push(item.range, 'enumMember', ['readonly', 'defaultLibrary']);
          break;
        case 'unit':
          push(item.range, 'type');
          break;
        default:
          break;
      }
    }
  }
  return out;
}
