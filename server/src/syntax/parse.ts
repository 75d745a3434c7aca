/** parse(text): tokens → CST → AST with every syntax error as data. Never throws on user input. */
import { type IToken, createTokenInstance } from 'chevrotain';
import type * as ast from './ast';
import { KEYWORDS } from './keywords';
import { lower } from './lower';
import { type Msg, msg } from './message';
import { CONTEXT_DESCRIPTIONS, CONTEXT_KEYWORDS, isKeywordToken, type JunkContext, parser } from './parser';
import * as t from './tokens';
import { closest } from './distance';

export interface ParseResult {
  readonly document: ast.Document;
  readonly errors: readonly ast.SyntaxError[];
}

export function parse(text: string): ParseResult {
  const errors: ast.SyntaxError[] = [];
  const lexed = t.BatonLexer.tokenize(text);
  for (const error of lexed.errors) {
    const bad = text.substr(error.offset, error.length);
    errors.push({
      range: { start: error.offset, end: error.offset + error.length },
      message: msg(`Unexpected character \`${bad}\``, `无法识别的字符“${bad}”`),
    });
  }
  const tokens = splitGluedKeywords(text, lexed.tokens, errors);
  const comments: ast.Comment[] = [];
  for (const comment of lexed.groups.comments ?? []) {
    const range = { start: comment.startOffset, end: comment.startOffset + comment.image.length };
    const block = comment.tokenType === t.BlockComment;
    comments.push({ text: comment.image, range, block });
    if (block && !comment.image.endsWith('*/')) {
      errors.push({ range: { start: range.start, end: range.start + 2 }, message: msg('Unterminated comment: `/*` has no closing `*/`', '注释未结束：“/*”缺少对应的“*/”') });
    }
  }
  for (const tok of tokens) {
    if (tok.tokenType === t.StringLiteral && !isTerminated(tok.image)) {
      errors.push({
        range: { start: tok.startOffset, end: tok.startOffset + tok.image.length },
        message: msg('Unterminated string: a string must end on the line it starts', '字符串未结束：引号须在同一行内闭合'),
      });
    }
  }

  parser.input = tokens;
  const cst = parser.file();
  const lowered = lower(cst);
  let lastOffset = -1;
  for (const error of parser.errors) {
    const range = errorRange(text, tokens, error.token);
    if (range.start === lastOffset) continue;
    lastOffset = range.start;
    errors.push({ range, message: decode(error.message) });
  }
  reportJunk(tokens, lowered.junk, errors);
  reportBareTargets(lowered.plans, languageOf(tokens), errors);
  parser.input = [];

  errors.sort((a, b) => a.range.start - b.range.start);
  dropSamePlace(errors);
  return {
    document: {
      imports: lowered.imports,
      dutyLists: lowered.dutyLists,
      inspectors: lowered.inspectors,
      plans: lowered.plans,
      comments,
      language: languageOf(tokens),
      // Built on first use: most consumers (the CLI) never need the token list.
      get tokens(): readonly ast.Token[] {
        const list = tokens.map((tok) => ({ type: tok.tokenType.name, image: tok.image, range: { start: tok.startOffset, end: tok.startOffset + tok.image.length } }));
        Object.defineProperty(this, 'tokens', { value: list });
        return list;
      },
    },
    errors,
  };
}

/**
 * One mistake, one error: a parser error (`Expected a number but found x5`) and the stray-word error
 * for the same token start at the same place; keep the first (the parser's, sorted first), unless only a
 * later one carries a fix or a suggestion.
 */
function dropSamePlace(errors: ast.SyntaxError[]): void {
  let kept = 0;
  for (const error of errors) {
    const last = errors[kept - 1];
    if (last !== undefined && last.range.start === error.range.start) {
      if (last.fix === undefined && last.suggestion === undefined && (error.fix !== undefined || error.suggestion !== undefined)) errors[kept - 1] = error;
      continue;
    }
    errors[kept++] = error;
  }
  errors.length = kept;
}

/** `目标 100%` is common in real plans: it parses, and the missing comparator is one error with a suggestion. */
function reportBareTargets(plans: readonly ast.Plan[], language: 'en' | 'zh', errors: ast.SyntaxError[]): void {
  for (const plan of plans) {
    for (const indicator of plan.indicators) {
      for (const prop of indicator.props) {
        const target = prop.target;
        if (target?.unquoted === true && target.text !== undefined) {
          const quoted = language === 'zh' ? `“${target.text.value}”` : `"${target.text.value}"`;
          errors.push({
            range: target.text.range,
            message: msg('A text target must be in quotes', '文字目标须加引号'),
            fix: { title: msg(`Write \`${quoted}\``, `改为${quoted}`), edits: [{ range: target.text.range, newText: quoted }] },
          });
          continue;
        }
        if (target?.number === undefined || target.comparator !== undefined) continue;
        const at = target.number.range.start;
        errors.push({
          range: target.range,
          message: msg('A numeric target needs a comparator: `>=`, `<=` or `=` (also `≥`, `≤`, `＝`)', '数值目标须注明比较符：“≥”“≤”或“＝”'),
          suggestion: { title: msg('Insert `≥`', '插入“≥”'), edits: [{ range: { start: at, end: at }, newText: '≥ ' }] },
        });
      }
    }
  }
}

function isTerminated(image: string): boolean {
  if (image.startsWith('“')) return image.length > 1 && image.endsWith('”');
  if (image.length < 2 || !image.endsWith('"')) return false;
  let backslashes = 0;
  for (let i = image.length - 2; i > 0 && image[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

function decode(message: string): Msg {
  try {
    const parsed = JSON.parse(message) as Msg;
    if (typeof parsed.en === 'string' && typeof parsed.zh === 'string') return parsed;
  } catch {
    // Chevrotain's own message: use it for both languages.
  }
  return msg(message, message);
}

function errorRange(text: string, tokens: readonly IToken[], tok: IToken): { start: number; end: number } {
  if (!Number.isNaN(tok.startOffset) && tok.tokenType.name !== 'EOF') return { start: tok.startOffset, end: tok.startOffset + tok.image.length };
  const last = tokens[tokens.length - 1];
  const end = last === undefined ? text.length : last.startOffset + last.image.length;
  return { start: end, end };
}

/** Consecutive junk tokens form one error, with a "did you mean" keyword where one is close. */
function reportJunk(tokens: readonly IToken[], junk: ReturnType<typeof lower>['junk'], errors: ast.SyntaxError[]): void {
  if (junk.length === 0) return;
  const indexOf = new Map(tokens.map((tok, index) => [tok.startOffset, index]));
  let i = 0;
  while (i < junk.length) {
    let j = i;
    while (j + 1 < junk.length && indexOf.get(junk[j + 1].token.startOffset) === (indexOf.get(junk[j].token.startOffset) ?? -2) + 1) j++;
    const first = junk[i].token;
    const last = junk[j].token;
    const context = junk[i].context;
    const want = CONTEXT_DESCRIPTIONS[context];
    const range = { start: first.startOffset, end: first.startOffset + first.image.length };
    const fullRange = { start: first.startOffset, end: last.startOffset + last.image.length };
    let suggestion: ast.SyntaxError['fix'];
    const glued = first.tokenType === t.Identifier ? gluedKeyword(first.image, context) : undefined;
    if (glued !== undefined) {
      const at = first.startOffset + glued.length;
      suggestion = { title: msg(`Insert a space after \`${glued}\``, `在“${glued}”后插入空格`), edits: [{ range: { start: at, end: at }, newText: ' ' }] };
    } else if (first.tokenType === t.Identifier) {
      const keyword = closest(first.image, KEYWORDS.filter((k) => CONTEXT_KEYWORDS[context].includes(k.name)), (k) => [k.en, k.zh]);
      if (keyword !== undefined) {
        const spelling = /^[\x00-\x7f]+$/.test(first.image) ? keyword.en : keyword.zh;
        suggestion = { title: msg(`Change to \`${spelling}\``, `改为“${spelling}”`), edits: [{ range, newText: spelling }] };
      }
    }
    errors.push({
      range: first === last ? range : fullRange,
      message: msg(`Unexpected \`${first.image}\`: expected ${want.en}`, `此处不应出现“${first.image}”，应为${want.zh}`),
      suggestion,
    });
    i = j + 1;
  }
}

/** An English keyword valid in `context` that `image` starts with, followed by a number or a name (`weight100`). */
function gluedKeyword(image: string, context: JunkContext): string | undefined {
  for (const keyword of KEYWORDS) {
    if (!CONTEXT_KEYWORDS[context].includes(keyword.name) || !image.startsWith(keyword.en)) continue;
    const rest = image.slice(keyword.en.length);
    if (NUMBER.test(rest)) return keyword.en;
  }
  return undefined;
}

const GLUABLE = KEYWORDS.filter((k) => k.name !== 'By' && k.name !== 'Until').sort((a, b) => b.zh.length - a.zh.length);
const STATEMENT_ENDERS = new Set([t.LCurly, t.RCurly, t.Semicolon]);
const NUMBER = /^\d+(?:\.\d+)?$/;
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/**
 * Chinese has no spaces between words, so `职责生态环境` lexes as one identifier.
 * At the start of a statement, where a keyword is expected, split it into the keyword
 * and its value, report the missing space, and parse on as if it were there.
 */
function splitGluedKeywords(text: string, tokens: IToken[], errors: ast.SyntaxError[]): IToken[] {
  const out: IToken[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const tok = tokens[index];
    const previous = out[out.length - 1];
    if (tok.tokenType !== t.Identifier || !startsStatement(text, previous, tok) || beforeColonOrComparator(tokens[index + 1])) {
      out.push(tok);
      continue;
    }
    const keyword = GLUABLE.find((k) => tok.image.startsWith(k.zh) && tok.image.length > k.zh.length);
    const rest = keyword === undefined ? '' : tok.image.slice(keyword.zh.length);
    const restType = NUMBER.test(rest) ? t.NumberLiteral : IDENTIFIER.test(rest) ? t.Identifier : undefined;
    if (keyword === undefined || restType === undefined) {
      out.push(tok);
      continue;
    }
    const split = tok.startOffset + keyword.zh.length;
    out.push(createTokenInstance(t.keywordToken(keyword.name), keyword.zh, tok.startOffset, split - 1, NaN, NaN, NaN, NaN));
    out.push(createTokenInstance(restType, rest, split, tok.startOffset + tok.image.length - 1, NaN, NaN, NaN, NaN));
    errors.push({
      range: { start: tok.startOffset, end: tok.startOffset + tok.image.length },
      message: msg(
        `\`${tok.image}\` runs the keyword \`${keyword.zh}\` into \`${rest}\`: put a space between them`,
        `“${tok.image}”中关键字“${keyword.zh}”与“${rest}”之间缺少空格`,
      ),
      fix: { title: msg(`Insert a space after \`${keyword.zh}\``, `在“${keyword.zh}”后插入空格`), edits: [{ range: { start: split, end: split }, newText: ' ' }] },
    });
  }
  return out;
}

/**
 * `目标值：≥ 85%`, `目标值 ≥ 85%`: a word followed by what follows a keyword is a misspelt keyword
 * (one stray-word error with "did you mean"), not a keyword run into its value.
 */
function beforeColonOrComparator(next: IToken | undefined): boolean {
  return next !== undefined && [t.Colon, t.GreaterEqual, t.LessEqual, t.Greater, t.Less, t.Equal].includes(next.tokenType);
}

function startsStatement(text: string, previous: IToken | undefined, tok: IToken): boolean {
  if (previous === undefined) return true;
  if (STATEMENT_ENDERS.has(previous.tokenType)) return true;
  if (previous.tokenType === t.Comma || previous.tokenType === t.Colon) return false;
  const between = text.slice(previous.startOffset + previous.image.length, tok.startOffset);
  return /[\r\n]/.test(between);
}

function languageOf(tokens: readonly IToken[]): 'en' | 'zh' {
  let zh = 0;
  let en = 0;
  for (const tok of tokens) {
    if (!isKeywordToken(tok.tokenType)) continue;
    if (/^[\x00-\x7f]+$/.test(tok.image)) en++;
    else zh++;
  }
  return zh >= en && zh > 0 ? 'zh' : 'en';
}
