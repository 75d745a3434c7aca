/** Tokens of the Baton language; keywords come from the keyword table, each with both spellings. */
import { Lexer, createToken, type TokenType } from 'chevrotain';
import { KEYWORDS } from './keywords';

/**
 * Every code unit that can start an identifier: BMP letters, `_`, and high surrogates
 * (letters outside the BMP). Chevrotain cannot analyse `\p{L}`, so it needs this hint
 * to keep its first-character optimisation on for Chinese text.
 */
const IDENTIFIER_START_CHARS: number[] = (() => {
  const codes: number[] = [];
  const letter = /[\p{L}_]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdbff) codes.push(code);
    else if (code < 0xd800 || code > 0xdfff) {
      if (letter.test(String.fromCharCode(code))) codes.push(code);
    }
  }
  return codes;
})();

const IDENTIFIER = /[\p{L}_][\p{L}\p{N}_-]*/uy;

function matchIdentifier(text: string, offset: number): RegExpExecArray | null {
  IDENTIFIER.lastIndex = offset;
  return IDENTIFIER.exec(text);
}

export const Identifier = createToken({
  name: 'Identifier',
  // A custom matcher: Chevrotain rebuilds regular expressions without the `u` flag that `\p{L}` needs.
  pattern: { exec: matchIdentifier },
  start_chars_hint: IDENTIFIER_START_CHARS,
  line_breaks: false,
});

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\n\u3000\uFEFF]+/,
  start_chars_hint: [' ', '\t', '\r', '\n', '\u3000', '\uFEFF'],
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const LineComment = createToken({
  name: 'LineComment',
  pattern: /\/\/[^\r\n]*/,
  group: 'comments',
  line_breaks: false,
});

/** A block comment; an unterminated one runs to the end of the file and is reported by the parser. */
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: /\/\*(?:[^*]|\*(?!\/))*(?:\*\/)?/,
  group: 'comments',
  line_breaks: true,
  start_chars_hint: ['/'],
});

/** A string in ASCII quotes; the closing quote may be missing (reported, not a lexer error). */
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\r\n]|\\.)*"?|“[^”\r\n]*”?/,
  start_chars_hint: ['"', '“'],
  line_breaks: false,
});

export const DateLiteral = createToken({ name: 'DateLiteral', pattern: /\d{4}-\d{2}-\d{2}(?![\d-])/ });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /-?\d+(?:\.\d+)?/ });

export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: />=|≥/, start_chars_hint: ['>', '≥'] });
export const LessEqual = createToken({ name: 'LessEqual', pattern: /<=|≤/, start_chars_hint: ['<', '≤'] });
export const Greater = createToken({ name: 'Greater', pattern: />|＞/, start_chars_hint: ['>', '＞'] });
export const Less = createToken({ name: 'Less', pattern: /<|＜/, start_chars_hint: ['<', '＜'] });
export const Equal = createToken({ name: 'Equal', pattern: /=|＝/, start_chars_hint: ['=', '＝'] });

export const LCurly = createToken({ name: 'LCurly', pattern: /\{|｛/, start_chars_hint: ['{', '｛'] });
export const RCurly = createToken({ name: 'RCurly', pattern: /\}|｝/, start_chars_hint: ['}', '｝'] });
export const Comma = createToken({ name: 'Comma', pattern: /,|，|、/, start_chars_hint: [',', '，', '、'] });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;|；/, start_chars_hint: [';', '；'] });
export const Colon = createToken({ name: 'Colon', pattern: /:|：/, start_chars_hint: [':', '：'] });
export const Percent = createToken({ name: 'Percent', pattern: /%|％/, start_chars_hint: ['%', '％'] });

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** One token per keyword; both spellings match it. An identifier that merely starts with a keyword stays an identifier. */
export const keywordTokens: ReadonlyMap<string, TokenType> = new Map(
  KEYWORDS.map((keyword) => [
    keyword.name,
    createToken({
      name: keyword.name,
      pattern: new RegExp(`${escapeRegExp(keyword.en)}|${escapeRegExp(keyword.zh)}`),
      start_chars_hint: [keyword.en[0], keyword.zh[0]],
      longer_alt: Identifier,
      label: `${keyword.en}/${keyword.zh}`,
    }),
  ]),
);

export function keywordToken(name: string): TokenType {
  const token = keywordTokens.get(name);
  if (token === undefined) throw new Error(`no keyword token ${name}`);
  return token;
}

export const allTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  StringLiteral,
  DateLiteral,
  NumberLiteral,
  GreaterEqual,
  LessEqual,
  Greater,
  Less,
  Equal,
  LCurly,
  RCurly,
  Comma,
  Semicolon,
  Colon,
  Percent,
  ...keywordTokens.values(),
  Identifier,
];

// ----------------------------------------------------------------- categories

const k = keywordToken;

/** The keywords that start an item in each block context. */
const TOP_START = ['Import', 'Duties', 'Inspector', 'Plan'].map(k);
const PLAN_PROPS = ['Issuer', 'Region', 'Level', 'Assesses', 'Period', 'Parent', 'Duties', 'Total', 'Note'].map(k);
const INDICATOR_PROPS = ['Duty', 'Target', 'Deadline', 'Weight', 'Frequency', 'Inspector', 'Method', 'Veto', 'Ranking', 'Pledge', 'Refines', 'Negotiated', 'Horizon', 'Note'].map(k);
const DUTY_PROPS = ['Basis', 'Lead', 'Note'].map(k);

/** Tokens that end a block whose `}` is missing: the parser inserts the `}` before them. */
const STOPS = {
  plan: ['Plan', 'Import'].map(k),
  indicator: ['Indicator', 'Plan', 'Import'].map(k),
  duties: ['Duties', 'Inspector', 'Plan', 'Import'].map(k),
  duty: ['Duty', 'Duties', 'Inspector', 'Plan', 'Import'].map(k),
};

const SIGNIFICANT = allTokens.filter((token) => token !== WhiteSpace && token !== LineComment && token !== BlockComment);

function junkExcept(...excluded: TokenType[][]): TokenType[] {
  const skip = new Set(excluded.flat());
  return SIGNIFICANT.filter((token) => !skip.has(token));
}

const JUNK = {
  // `{` starts a stray block (after a misspelt `plan` or `indicator`), parsed as the block it should be.
  top: junkExcept(TOP_START, [LCurly]),
  plan: junkExcept([RCurly, LCurly, k('Inspector'), k('Indicator')], PLAN_PROPS, STOPS.plan),
  indicator: junkExcept([RCurly], INDICATOR_PROPS, STOPS.indicator),
  duties: junkExcept([RCurly, k('Duty')], STOPS.duties),
  duty: junkExcept([RCurly], DUTY_PROPS, STOPS.duty),
};

export type JunkContext = keyof typeof JUNK;

/** Keywords valid at the start of an item in each context (for "did you mean" and completion). */
export const CONTEXT_STARTS: Record<JunkContext, readonly string[]> = {
  top: TOP_START.map((token) => token.name),
  plan: [...PLAN_PROPS, k('Inspector'), k('Indicator')].map((token) => token.name),
  indicator: INDICATOR_PROPS.map((token) => token.name),
  duties: ['Duty'],
  duty: DUTY_PROPS.map((token) => token.name),
};

/**
 * Token categories keep every alternative a single token check: the junk of each block
 * context, and groups of keywords that take the same kind of value.
 */
function category(name: string, members: readonly TokenType[]): TokenType {
  // Categories must be set before the lexer is built: Chevrotain decides then whether matching needs them.
  const cat = createToken({ name, pattern: Lexer.NA });
  for (const member of members) member.CATEGORIES = [...(member.CATEGORIES ?? []), cat];
  return cat;
}

export const JUNK_CATEGORY: Record<JunkContext, TokenType> = {
  top: category('JunkTop', JUNK.top),
  plan: category('JunkPlan', JUNK.plan),
  indicator: category('JunkIndicator', JUNK.indicator),
  duties: category('JunkDuties', JUNK.duties),
  duty: category('JunkDuty', JUNK.duty),
};
export const PlanStringKeyword = category('PlanStringKeyword', ['Issuer', 'Region', 'Note'].map(k));
export const PlanNameKeyword = category('PlanNameKeyword', ['Level', 'Assesses', 'Parent', 'Duties'].map(k));
export const PlanNumberKeyword = category('PlanNumberKeyword', ['Period', 'Total'].map(k));
export const IndicatorNameKeyword = category('IndicatorNameKeyword', ['Duty', 'Frequency', 'Refines', 'Horizon'].map(k));
export const IndicatorListKeyword = category('IndicatorListKeyword', ['Inspector', 'Method'].map(k));
export const DutyPropKeyword = category('DutyPropKeyword', DUTY_PROPS);
export const Comparator = category('Comparator', [GreaterEqual, LessEqual, Greater, Less, Equal]);
export const Unit = category('Unit', [Percent, Identifier, StringLiteral]);
export const CATEGORIES = [...Object.values(JUNK_CATEGORY), PlanStringKeyword, PlanNameKeyword, PlanNumberKeyword, IndicatorNameKeyword, IndicatorListKeyword, DutyPropKeyword, Comparator, Unit];


export const BatonLexer = new Lexer([...allTokens, ...CATEGORIES], {
  ensureOptimizations: true,
  positionTracking: 'full',
});
