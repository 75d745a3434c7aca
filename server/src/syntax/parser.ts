/**
 * The Baton grammar (spec §3) as a Chevrotain CST parser with error recovery.
 * Block bodies accept any stray token as `junk`, so one typo yields one error and
 * the parser never loses its place; `lower.ts` turns the CST into the AST.
 */
import { CstParser, EOF, type IParserErrorMessageProvider, type TokenType, tokenMatcher } from 'chevrotain';
import * as t from './tokens';
import {
  CATEGORIES, Comparator, CONTEXT_STARTS, DutyPropKeyword, IndicatorListKeyword, IndicatorNameKeyword, JUNK_CATEGORY,
  type JunkContext, PlanNameKeyword, PlanNumberKeyword, PlanStringKeyword, Unit,
} from './tokens';

const k = t.keywordToken;
import { keywordLabel } from './keywords';


/** What a block body expects, for "unexpected …" messages. */
export const CONTEXT_DESCRIPTIONS = {
  top: { en: 'a declaration (`import`, `duties`, `inspector` or `plan`)', zh: '声明（“引用”“职责清单”“检查主体”或“方案”）' },
  plan: { en: 'a plan property, `inspector` or `indicator`', zh: '方案属性、“检查主体”或“指标”' },
  indicator: { en: 'an indicator property such as `target`, `weight` or `frequency`', zh: '指标属性，如“目标”“权重”“频次”等' },
  duties: { en: 'a `duty`', zh: '“职责”' },
  duty: { en: '`basis`, `lead` or `note`', zh: '“依据”“牵头部门”或“备注”' },
} as const;

export type { JunkContext };

/** Keywords valid at the start of an item in each context (for "did you mean" fixes). */
export const CONTEXT_KEYWORDS = CONTEXT_STARTS;

const CATEGORY_DESCRIPTIONS: ReadonlyMap<TokenType, { en: string; zh: string }> = new Map([
  [Comparator, { en: 'a comparator (`>=`, `<=`, `=` …)', zh: '比较符（“≥”“≤”“＝”等）' }],
  [Unit, { en: 'a unit', zh: '单位' }],
]);

function describeToken(token: TokenType): { en: string; zh: string } {
  const described = CATEGORY_DESCRIPTIONS.get(token);
  if (described !== undefined) return described;
  switch (token) {
    case t.Identifier: return { en: 'a name', zh: '名称' };
    case t.StringLiteral: return { en: 'a string', zh: '字符串' };
    case t.NumberLiteral: return { en: 'a number', zh: '数值' };
    case t.DateLiteral: return { en: 'a date (YYYY-MM-DD)', zh: '日期（YYYY-MM-DD）' };
    case t.LCurly: return { en: '`{`', zh: '“{”' };
    case t.RCurly: return { en: '`}`', zh: '“}”' };
    case EOF: return { en: 'the end of the file', zh: '文件末尾' };
    default:
      if (t.keywordTokens.get(token.name) === token) return keywordLabel(token.name);
      return { en: `\`${token.name}\``, zh: `“${token.name}”` };
  }
}

function describeActual(token: { image: string; tokenType: TokenType }): { en: string; zh: string } {
  if (token.tokenType === EOF) return describeToken(EOF);
  return { en: `\`${token.image}\``, zh: `“${token.image}”` };
}

/** Messages are JSON-encoded `{en, zh}` pairs, decoded in `parse.ts`. */
const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    const want = describeToken(expected);
    const got = describeActual(actual);
    return JSON.stringify({ en: `Expected ${want.en}, but found ${got.en}`, zh: `此处应为${want.zh}，实际为${got.zh}` });
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    const got = describeActual(firstRedundant);
    return JSON.stringify({ en: `Unexpected ${got.en}`, zh: `多余的${got.zh}` });
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const got = describeActual(actual[0]);
    const firsts = [...new Set(expectedPathsPerAlt.flatMap((paths) => paths.map((path) => path[0])).filter((x) => x !== undefined))];
    const want = ruleName === 'target'
      ? { en: 'a comparator (`>=`, `<=`, `=` …) and a number, or a text target', zh: '比较符（“≥”“≤”“＝”等）和数值，或文字目标' }
      : joinAlternatives(firsts.map(describeToken));
    return JSON.stringify({ en: `Expected ${want.en}, but found ${got.en}`, zh: `此处应为${want.zh}，实际为${got.zh}` });
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual }) {
    const got = describeActual(actual[0]);
    const want = joinAlternatives(expectedIterationPaths.map((path) => describeToken(path[0])));
    return JSON.stringify({ en: `Expected ${want.en}, but found ${got.en}`, zh: `此处应为${want.zh}，实际为${got.zh}` });
  },
};

function joinAlternatives(items: { en: string; zh: string }[]): { en: string; zh: string } {
  if (items.length === 0) return { en: 'something else', zh: '其他内容' };
  const en = items.length === 1 ? items[0].en : `${items.slice(0, -1).map((i) => i.en).join(', ')} or ${items[items.length - 1].en}`;
  return { en, zh: joinZh(items.map((i) => i.zh)) };
}

/** `甲、乙或丙`; quoted names follow each other without `、` (`“目标”“权重”或“频次”`). */
function joinZh(items: string[]): string {
  let out = '';
  items.forEach((item, index) => {
    if (index === 0) out = item;
    else if (index === items.length - 1) out += `或${item}`;
    else out += out.endsWith('”') && item.startsWith('“') ? item : `、${item}`;
  });
  return out;
}

class BatonParser extends CstParser {
  constructor() {
    super([...t.allTokens, ...CATEGORIES], { recoveryEnabled: true, nodeLocationTracking: 'onlyOffset', errorMessageProvider: errorMessages, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  /** Alternatives arrays are built once, as Chevrotain recommends for speed. */
  private readonly alternatives: Record<string, { ALT: () => void }[]> = {};

  private alts(key: string, build: () => { ALT: () => void }[]): { ALT: () => void }[] {
    return (this.alternatives[key] ??= build());
  }

  /** An optional `:` after a keyword; each call site passes its own index (Chevrotain needs them distinct). */
  private colon(index: number): void {
    this.option(20 + index, () => this.consume(20 + index, t.Colon));
  }

  private semicolon(): void {
    this.OPTION8(() => this.CONSUME(t.Semicolon));
  }

  public file = this.RULE('file', () => {
    this.MANY(() => {
      this.OR(this.alts('file', () => [
        { ALT: () => this.SUBRULE(this.importDecl) },
        { ALT: () => this.SUBRULE(this.dutiesDecl) },
        { ALT: () => this.SUBRULE(this.inspectorDecl) },
        { ALT: () => this.SUBRULE(this.planDecl) },
        { ALT: () => this.SUBRULE(this.strayPlanBody) },
        { ALT: () => this.SUBRULE(this.topJunk) },
      ]));
    });
  });

  public topJunk = this.RULE('topJunk', () => { this.CONSUME(JUNK_CATEGORY.top, { LABEL: 'junk' }); });
  public planJunk = this.RULE('planJunk', () => { this.CONSUME(JUNK_CATEGORY.plan, { LABEL: 'junk' }); });
  public indicatorJunk = this.RULE('indicatorJunk', () => { this.CONSUME(JUNK_CATEGORY.indicator, { LABEL: 'junk' }); });
  public dutiesJunk = this.RULE('dutiesJunk', () => { this.CONSUME(JUNK_CATEGORY.duties, { LABEL: 'junk' }); });
  public dutyJunk = this.RULE('dutyJunk', () => { this.CONSUME(JUNK_CATEGORY.duty, { LABEL: 'junk' }); });

  public importDecl = this.RULE('importDecl', () => {
    this.CONSUME(k('Import'), { LABEL: 'keyword' });
    this.colon(1);
    this.CONSUME(t.StringLiteral);
    this.semicolon();
  });

  public dutiesDecl = this.RULE('dutiesDecl', () => {
    this.CONSUME(k('Duties'), { LABEL: 'keyword' });
    this.colon(2);
    this.CONSUME(t.Identifier);
    this.OPTION(() => this.CONSUME(t.StringLiteral));
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR(this.alts('duties', () => [
        { ALT: () => this.SUBRULE(this.dutyDecl) },
        { ALT: () => this.SUBRULE(this.dutiesJunk) },
      ]));
    });
    this.CONSUME(t.RCurly);
    this.semicolon();
  });

  public dutyDecl = this.RULE('dutyDecl', () => {
    this.CONSUME(k('Duty'), { LABEL: 'keyword' });
    this.colon(3);
    this.CONSUME(t.Identifier);
    this.OPTION(() => this.CONSUME(t.StringLiteral));
    this.OPTION2(() => this.CONSUME2(t.Identifier, { LABEL: 'kind' }));
    this.OPTION3(() => {
      this.CONSUME(t.LCurly);
      this.MANY(() => {
        this.OR(this.alts('duty', () => [
          { ALT: () => this.SUBRULE(this.dutyProp) },
          { ALT: () => this.SUBRULE(this.dutyJunk) },
        ]));
      });
      this.CONSUME(t.RCurly);
    });
    this.semicolon();
  });

  public dutyProp = this.RULE('dutyProp', () => {
    this.CONSUME(DutyPropKeyword, { LABEL: 'keyword' });
    this.colon(4);
    this.CONSUME(t.StringLiteral);
    this.semicolon();
  });

  public inspectorDecl = this.RULE('inspectorDecl', () => {
    this.CONSUME(k('Inspector'), { LABEL: 'keyword' });
    this.colon(5);
    this.CONSUME(t.Identifier);
    this.OPTION(() => this.CONSUME(t.StringLiteral));
    this.OPTION2(() => this.CONSUME2(t.Identifier, { LABEL: 'kind' }));
    this.OPTION3(() => {
      this.CONSUME(k('Recognizes'));
      this.colon(6);
      this.SUBRULE(this.idList);
    });
    this.semicolon();
  });

  public planDecl = this.RULE('planDecl', () => {
    this.CONSUME(k('Plan'), { LABEL: 'keyword' });
    this.colon(7);
    this.CONSUME(t.Identifier);
    this.OPTION(() => this.CONSUME(t.StringLiteral));
    this.planBody('plan');
    this.semicolon();
  });

  /** A plan's `{ … }` after a misspelt `plan` keyword: parsed as a plan body, so its contents are still checked. */
  public strayPlanBody = this.RULE('strayPlanBody', () => {
    this.planBody('strayPlan');
  });

  private planBody(key: string): void {
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR(this.alts(key, () => [
        { ALT: () => this.SUBRULE(this.planProp) },
        { ALT: () => this.SUBRULE(this.inspectorDecl) },
        { ALT: () => this.SUBRULE(this.indicator) },
        { ALT: () => this.SUBRULE(this.strayIndicatorBody) },
        { ALT: () => this.SUBRULE(this.planJunk) },
      ]));
    });
    this.CONSUME(t.RCurly);
  }

  /** An indicator's `{ … }` after a misspelt `indicator` keyword. */
  public strayIndicatorBody = this.RULE('strayIndicatorBody', () => {
    this.indicatorBody('strayIndicator');
  });

  public planProp = this.RULE('planProp', () => {
    this.OR(this.alts('planProp', () => [
      {
        ALT: () => {
          this.CONSUME(PlanStringKeyword, { LABEL: 'keyword' });
          this.colon(8);
          this.CONSUME(t.StringLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(PlanNameKeyword, { LABEL: 'keyword' });
          this.colon(9);
          this.CONSUME(t.Identifier);
        },
      },
      {
        ALT: () => {
          this.CONSUME(PlanNumberKeyword, { LABEL: 'keyword' });
          this.colon(10);
          this.CONSUME(t.NumberLiteral);
        },
      },
    ]));
    this.semicolon();
  });

  public indicator = this.RULE('indicator', () => {
    this.CONSUME(k('Indicator'), { LABEL: 'keyword' });
    this.colon(11);
    this.CONSUME(t.Identifier);
    this.OPTION(() => this.CONSUME(t.StringLiteral));
    this.indicatorBody('indicator');
    this.semicolon();
  });

  private indicatorBody(key: string): void {
    this.CONSUME(t.LCurly);
    this.MANY(() => {
      this.OR(this.alts(key, () => [
        { ALT: () => this.SUBRULE(this.indicatorProp) },
        { ALT: () => this.SUBRULE(this.indicatorJunk) },
      ]));
    });
    this.CONSUME(t.RCurly);
  }

  public indicatorProp = this.RULE('indicatorProp', () => {
    this.OR(this.alts('indicatorProp', () => [
      {
        ALT: () => {
          this.CONSUME(IndicatorNameKeyword, { LABEL: 'keyword' });
          this.colon(12);
          this.CONSUME(t.Identifier);
        },
      },
      {
        ALT: () => {
          this.CONSUME(IndicatorListKeyword, { LABEL: 'keyword' });
          this.colon(13);
          this.SUBRULE(this.idList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('Target'), { LABEL: 'keyword' });
          this.colon(14);
          this.SUBRULE(this.target);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('Deadline'), { LABEL: 'keyword' });
          this.colon(15);
          this.CONSUME(t.DateLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('Weight'), { LABEL: 'keyword' });
          this.colon(16);
          this.CONSUME(t.NumberLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('Veto'), { LABEL: 'keyword' });
          this.colon(17);
          this.OPTION(() => this.CONSUME(t.StringLiteral));
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('Ranking'), { LABEL: 'keyword' });
          this.colon(30);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('Pledge'), { LABEL: 'keyword' });
          this.colon(31);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('Note'), { LABEL: 'keyword' });
          this.colon(18);
          this.CONSUME2(t.StringLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k('Negotiated'), { LABEL: 'keyword' });
          this.colon(19);
          this.CONSUME3(t.StringLiteral);
          this.OPTION2(() => {
            this.CONSUME(k('By'));
            this.OPTION5(() => this.CONSUME2(t.Colon));
            this.CONSUME4(t.StringLiteral, { LABEL: 'approver' });
          });
          this.OPTION3(() => {
            this.CONSUME(k('Until'));
            this.OPTION6(() => this.CONSUME3(t.Colon));
            this.CONSUME2(t.DateLiteral, { LABEL: 'until' });
          });
        },
      },
    ]));
    this.semicolon();
  });

  public target = this.RULE('target', () => {
    this.OR(this.alts('target', () => [
      {
        ALT: () => {
          // The comparator is required; without one the target still parses and parse.ts reports it.
          this.OPTION2(() => this.CONSUME(Comparator, { LABEL: 'comparator' }));
          this.CONSUME(t.NumberLiteral);
          this.OPTION(() => this.CONSUME(Unit, { LABEL: 'unit' }));
        },
      },
      { ALT: () => this.CONSUME2(t.StringLiteral, { LABEL: 'text' }) },
      // A text target without quotes (`目标 全部销号`): parsed, and reported with a fix by parse.ts.
      { ALT: () => this.CONSUME2(t.Identifier, { LABEL: 'bareText' }) },
    ]));
  });

  public idList = this.RULE('idList', () => {
    this.CONSUME(t.Identifier);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.CONSUME2(t.Identifier);
    });
  });
}

/** The one parser instance: Chevrotain parsers are reused by assigning `input`. */
export const parser = new BatonParser();

export function isKeywordToken(type: TokenType): boolean {
  return t.keywordTokens.get(type.name) === type;
}

export { tokenMatcher };
