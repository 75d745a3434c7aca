import assert from 'node:assert/strict';
import { codeLenses } from '../../server/src/ide/code-lens';
import { documentLinks } from '../../server/src/ide/document-links';
import { foldingRanges } from '../../server/src/ide/folding';
import { inlayHints } from '../../server/src/ide/inlay-hints';
import { selectionRanges } from '../../server/src/ide/selection-ranges';
import { semanticTokens } from '../../server/src/ide/semantic-tokens';
import { LineIndex } from '../../server/src/syntax/text';
import { cursorOf, describeRange, ideFixture } from '../support/ide';

const LADDER = `
//- /city.baton
plan city "市方案" {
  level city
  indicator forest "森林覆盖率" {
    target >= 30 %
  }
  indicator accidents { target <= 1 起 }
}
//- /county.baton
引用 "city.baton"
/* 某县
   综合考核 */
方案 county {
  上级方案 city
  检查主体 环境局 "县生态环境局" 条
  指标 forest {
    目标 ≥ 35%
    频次 每季度
    检查主体 环境局
    权重 60
    一票否决 "《森林法》"
  }
  指标 accidents { 目标 ≤ 0 起; 权重 30; 责任书 }
  指标 roads { 目标 “全部硬化” }
}
`;

describe('ide: semantic tokens', () => {
  it('classifies keywords, names by kind, enumerated values, units, literals, operators and comments', () => {
    const fx = ideFixture(LADDER);
    const tokens = semanticTokens(fx.analysis, '/county.baton');
    const text = fx.texts.get('/county.baton')!;
    const lines = new LineIndex(text);
    const shown = tokens.map((t) => `${lines.position(t.range.start).line + 1} ${text.slice(t.range.start, t.range.end)} ${t.type}${t.modifiers.length > 0 ? `.${t.modifiers.join('.')}` : ''}`);
    assert.deepStrictEqual(shown.slice(0, 22), [
      '1 引用 keyword',
      '1 "city.baton" string',
      '2 /* 某县 comment',
      '3    综合考核 */ comment',
      '4 方案 keyword',
      '4 county class.declaration',
      '5 上级方案 keyword',
      '5 city class',
      '6 检查主体 keyword',
      '6 环境局 variable.declaration',
      '6 "县生态环境局" string',
      '6 条 enumMember.readonly.defaultLibrary',
      '7 指标 keyword',
      '7 forest property.declaration',
      '8 目标 keyword',
      '8 ≥ operator',
      '8 35 number',
      '8 % operator',
      '9 频次 keyword',
      '9 每季度 enumMember.readonly.defaultLibrary',
      '10 检查主体 keyword',
      '10 环境局 variable',
    ]);
    assert.ok(shown.includes('14 起 type'));
    for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i].range.start >= tokens[i - 1].range.end, 'tokens overlap or are out of order');
  });

  it('limits tokens to a range', () => {
    const fx = ideFixture(LADDER);
    const text = fx.texts.get('/county.baton')!;
    const start = text.indexOf('频次');
    const tokens = semanticTokens(fx.analysis, '/county.baton', { start, end: start + 6 });
    assert.deepStrictEqual(tokens.map((t) => text.slice(t.range.start, t.range.end)), ['频次', '每季度']);
  });
});

describe('ide: folding ranges', () => {
  it('folds blocks up to the line before `}`, multi-line comments and runs of imports and comments', () => {
    const fx = ideFixture(`
import "a.baton"
import "b.baton"
// one
// two
duties d {
  duty x "X" basic {
    lead "office"
  }
  duty y
}
plan p {
  indicator a {
    weight 10
  }
  indicator b { weight 10 }
  /* long
     comment */
}
`);
    const text = fx.text;
    const lines = new LineIndex(text);
    const folds = foldingRanges(fx.analysis, fx.uri).map((f) => `${lines.position(f.range.start).line + 1}-${lines.position(f.range.end).line + 1}${f.kind === undefined ? '' : ` ${f.kind}`}`);
    assert.deepStrictEqual(folds, ['1-2 imports', '3-4 comment', '5-9', '6-7', '11-17', '12-13', '16-17 comment']);
  });
});

describe('ide: code lens', () => {
  it('shows each plan\'s burden on each assessed unit', () => {
    const fx = ideFixture(LADDER);
    const lenses = codeLenses(fx.analysis, '/county.baton', 'en');
    assert.deepStrictEqual(lenses.map((l) => `${describeRange(fx.texts, '/county.baton', l.range)}: ${l.title}`), [
      '/county.baton:4:4 county: 3 indicators · weight 90/100 · 1 veto · 1 responsibility letter · 5 checks a year per unit',
    ]);
    assert.deepStrictEqual(codeLenses(fx.analysis, '/county.baton', 'zh-CN').map((l) => l.title), [
      '3 项指标 · 权重 90/100 · 一票否决 1 项 · 责任书 1 份 · 每个单位每年检查 5 次',
    ]);
    assert.deepStrictEqual(codeLenses(fx.analysis, '/city.baton', 'en').map((l) => l.title), [
      '2 indicators · weight 0/100 · 0 vetoes · 0 responsibility letters · 1 check a year per unit',
    ]);
  });
});

describe('ide: inlay hints', () => {
  it('shows the nearest ancestor\'s target after a target, in this file\'s style', () => {
    const fx = ideFixture(LADDER);
    const text = fx.texts.get('/county.baton')!;
    const hints = inlayHints(fx.analysis, '/county.baton', 'zh-CN');
    assert.deepStrictEqual(hints.map((h) => `${text.slice(h.offset - 5, h.offset)}| ${h.label}`), ['≥ 35%| 上级：≥ 30%', '≤ 0 起| 上级：≤ 1 起']);
    assert.deepStrictEqual(inlayHints(fx.analysis, '/county.baton', 'en').map((h) => h.label), ['parent: ≥ 30%', 'parent: ≤ 1 起']);
    assert.strictEqual(hints[0].tooltip, '方案 `city` 中指标 `forest` 的目标');
    assert.ok(hints.every((h) => h.paddingLeft));
    const accidents = text.indexOf('指标 accidents');
    assert.deepStrictEqual(inlayHints(fx.analysis, '/county.baton', 'en', { start: accidents, end: text.length }).map((h) => h.label), ['parent: ≤ 1 起']);
  });
});

describe('ide: document links', () => {
  it('links each import path to the file it resolves to', () => {
    const fx = ideFixture(`
//- /w/county.baton
import "../city.baton"
引用 “missing.baton”
//- /city.baton
`);
    assert.deepStrictEqual(documentLinks(fx.analysis, '/w/county.baton').map((l) => `${describeRange(fx.texts, '/w/county.baton', l.range)} → ${l.target}${l.exists ? '' : ' (missing)'}`), [
      '/w/county.baton:1:9 ../city.baton → /city.baton',
      '/w/county.baton:2:5 missing.baton → /w/missing.baton (missing)',
    ]);
  });
});

describe('ide: selection ranges', () => {
  it('expands from a token to its property, block body, block, plan and file', () => {
    const fx = ideFixture(`
plan p {
  indicator a {
    inspector env, off<|>ice
    weight 10
  }
}
`);
    const [ranges] = selectionRanges(fx.analysis, fx.uri, [cursorOf(fx)]);
    assert.deepStrictEqual(ranges.map((r) => fx.text.slice(r.start, r.end).replace(/\n/g, '⏎')), [
      'office',
      'env, office',
      'inspector env, office',
      '⏎    inspector env, office⏎    weight 10⏎  ',
      'indicator a {⏎    inspector env, office⏎    weight 10⏎  }',
      '⏎  indicator a {⏎    inspector env, office⏎    weight 10⏎  }⏎',
      'plan p {⏎  indicator a {⏎    inspector env, office⏎    weight 10⏎  }⏎}',
      fx.text.replace(/\n/g, '⏎'),
    ]);
  });
});
