import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatDocument, formatRange, formatText, type FormatOptions } from '../../server/src/ide/format';
import { parse } from '../../server/src/syntax/parse';
import { applyEdits } from '../../server/src/syntax/text';
import { splitFiles } from '../support/fixture';

/** Formats `before` (leading newline dropped) and compares with `after`; then checks idempotence and tokens. */
function checkFormat(before: string, after: string, options: FormatOptions = {}): void {
  const input = before.replace(/^\n/, '');
  const expected = after.replace(/^\n/, '');
  const formatted = formatText(input, options);
  assert.strictEqual(formatted, expected);
  assert.strictEqual(formatText(expected, options), expected, 'formatting is not idempotent');
  assertSameTokens(input, expected, options.asciiPunctuation === true);
}

function assertSameTokens(before: string, after: string, typesOnly: boolean): void {
  const a = parse(before).document.tokens.map((t) => (typesOnly ? t.type : `${t.type} ${t.image}`));
  const b = parse(after).document.tokens.map((t) => (typesOnly ? t.type : `${t.type} ${t.image}`));
  assert.deepStrictEqual(b, a, 'formatting changed the tokens');
  const comments = (text: string) => parse(text).document.comments.map((c) => c.text.trimEnd());
  assert.deepStrictEqual(comments(after), comments(before), 'formatting changed the comments');
}

describe('ide: formatting', () => {
  it('indents blocks by two spaces and aligns property values after the widest keyword', () => {
    checkFormat(`
import "duties.baton"
plan city_2025 "某市2025年度综合考核方案" {
issuer "某市委考核办"
        level city
  assesses   county
period 2025

indicator forest "森林覆盖率" {
target >=30 %
weight 50
 frequency yearly
method field,data
veto
}
}
`, `
import "duties.baton"
plan city_2025 "某市2025年度综合考核方案" {
  issuer   "某市委考核办"
  level    city
  assesses county
  period   2025

  indicator forest "森林覆盖率" {
    target    >= 30%
    weight    50
    frequency yearly
    method    field, data
    veto
  }
}
`);
  });

  it('counts a Chinese character as two columns when aligning', () => {
    checkFormat(`
方案 县2025 {
  发文单位 "某县委考核办"
  辖区 "某县"
  层级 县
  指标 forest {
    职责 生态环境
    目标 ≥35%
    检查主体 环境局、督查室
    考核方式 实地核查
  }
}
`, `
方案 县2025 {
  发文单位 "某县委考核办"
  辖区     "某县"
  层级     县
  指标 forest {
    职责     生态环境
    目标     ≥ 35%
    检查主体 环境局、督查室
    考核方式 实地核查
  }
}
`);
  });

  it('puts one statement on each line and keeps a one-line duty block on one line', () => {
    checkFormat(`
职责清单 乡镇职责 { 职责 耕地保护 "耕地保护巡查" 配合 {   牵头部门 "县自然资源局"   依据 "县委编办〔2024〕12号" } 职责 安全生产 基本 }
plan p { indicator a { target >= 3; weight 10; } indicator b {} }
`, `
职责清单 乡镇职责 {
  职责 耕地保护 "耕地保护巡查" 配合 { 牵头部门 "县自然资源局" 依据 "县委编办〔2024〕12号" }
  职责 安全生产 基本
}
plan p {
  indicator a {
    target >= 3;
    weight 10;
  }
  indicator b {}
}
`);
  });

  it('expands a duty block written over several lines', () => {
    checkFormat(`
duties list {
duty land "land law enforcement" returned {
lead "county land bureau"
  basis "doc 12"
}
}
`, `
duties list {
  duty land "land law enforcement" returned {
    lead  "county land bureau"
    basis "doc 12"
  }
}
`);
  });

  it('keeps comments, aligns end-of-line comments and keeps at most one blank line', () => {
    checkFormat(`
// The city's plan.


plan p {

  // Who issues it.
  issuer "office"   // trailing
  level city // another


  /* a block
     comment */
  indicator a { // opens
    weight 10 /* inline */ ;
  }

}
`, `
// The city's plan.

plan p {
  // Who issues it.
  issuer "office"  // trailing
  level  city      // another

  /* a block
     comment */
  indicator a {  // opens
    weight 10 /* inline */;
  }
}
`);
  });

  it('puts a single space around comparators and none before separators', () => {
    checkFormat(`
plan p {
  indicator a {
    target<=1起
    inspector a ,b,c
    negotiated "agreed"by "office"   until 2026-12-31
    deadline : 2025-06-30
  }
}
`, `
plan p {
  indicator a {
    target     <= 1 起
    inspector  a, b, c
    negotiated "agreed" by "office" until 2026-12-31
    deadline:  2025-06-30
  }
}
`);
  });

  it('writes a value right after a full-width colon and one column after an ASCII one', () => {
    checkFormat(`
方案 p {
  指标 a {
    目标：≥ 30%
    权重:10
    考核方式：实地核查
  }
}
`, `
方案 p {
  指标 a {
    目标：    ≥ 30%
    权重:     10
    考核方式：实地核查
  }
}
`);
  });

  it('normalises full-width punctuation to ASCII on request', () => {
    checkFormat(`
方案 p ｛
  指标 a ｛
    目标：≥ 30％；
    检查主体 环境局，督查室、应急局
  ｝
｝
`, `
方案 p {
  指标 a {
    目标:    ≥ 30%;
    检查主体 环境局, 督查室、应急局
  }
}
`, { asciiPunctuation: true });
  });

  it('keeps full-width punctuation by default', () => {
    checkFormat(`
方案 p ｛
  指标 a ｛ 目标：≥ 30％ ｝
｝
`, `
方案 p ｛
  指标 a ｛
    目标：≥ 30％
  ｝
｝
`);
  });

  it('keeps CRLF line breaks and a byte order mark', () => {
    const input = '\uFEFFplan p {\r\nissuer "x"\r\n\r\n\r\nlevel city }';
    assert.strictEqual(formatText(input), '\uFEFFplan p {\r\n  issuer "x"\r\n\r\n  level city\r\n}\r\n');
  });

  it('leaves a file with a syntax error alone', () => {
    const broken = 'plan p {\nissuer "x"\n  indicator a { targt >= 3 }\n}\n';
    assert.strictEqual(formatText(broken), undefined);
    assert.deepStrictEqual(formatDocument(broken), []);
    assert.deepStrictEqual(formatRange(broken, { start: 0, end: broken.length }), []);
  });

  it('returns no edits for a formatted file', () => {
    assert.deepStrictEqual(formatDocument('plan p {\n  issuer "x"\n}\n'), []);
  });

  it('formats only the lines a range touches', () => {
    const input = 'plan p {\nissuer "x"\nlevel city\nassesses county\n}\n';
    const second = input.indexOf('level');
    const edits = formatRange(input, { start: second + 2, end: second + 4 });
    assert.strictEqual(applyEdits(input, edits), 'plan p {\nissuer "x"\n  level    city\nassesses county\n}\n');
  });

  it('a range ending at the start of a line leaves that line alone', () => {
    const input = 'plan p {\nissuer "x"\nlevel city\n}\n';
    const start = input.indexOf('issuer');
    const edits = formatRange(input, { start, end: input.indexOf('level') });
    assert.strictEqual(applyEdits(input, edits), 'plan p {\n  issuer "x"\nlevel city\n}\n');
  });

  it('is idempotent and keeps the tokens of every fixture in the test suite and samples', () => {
    const corpus = fixtureCorpus();
    assert.ok(corpus.length > 20, `only ${corpus.length} fixtures found`);
    let formatted = 0;
    for (const { name, text } of corpus) {
      for (const asciiPunctuation of [false, true]) {
        const once = formatText(text, { asciiPunctuation });
        if (once === undefined) continue;
        formatted++;
        assert.strictEqual(formatText(once, { asciiPunctuation }), once, `not idempotent: ${name}`);
        assertSameTokens(text, once, asciiPunctuation);
      }
    }
    assert.ok(formatted > 10);
  });
});

/** Every `.baton` text of the test fixtures (template literals) and of samples/ and docs/. */
function fixtureCorpus(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string, visit: (path: string) => void): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path, visit);
      else visit(path);
    }
  };
  walk('test', (path) => {
    if (!path.endsWith('.test.ts')) return;
    const source = readFileSync(path, 'utf8');
    const literal = /`(\n(?:[^`\\]|\\.)*)`/g;
    for (let m = literal.exec(source); m !== null; m = literal.exec(source)) {
      const raw = m[1].replace(/\\`/g, '`').replace(/\\\\/g, '\\').replace(/\$\{[^}]*\}/g, 'x');
      for (const file of splitFiles(raw)) {
        if (file.path.endsWith('.baton')) out.push({ name: `${path} ${file.path}`, text: file.text.replace(/<\|>|<\||\|>/g, '') });
      }
    }
  });
  walk('samples', (path) => {
    if (path.endsWith('.baton')) out.push({ name: path, text: readFileSync(path, 'utf8') });
  });
  walk('docs', (path) => {
    if (!path.endsWith('.md')) return;
    const fence = /```baton\n([\s\S]*?)```/g;
    const source = readFileSync(path, 'utf8');
    for (let m = fence.exec(source); m !== null; m = fence.exec(source)) out.push({ name: path, text: m[1] });
  });
  return out;
}
