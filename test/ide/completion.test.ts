import assert from 'node:assert/strict';
import { complete } from '../../server/src/ide/completion';
import type { Locale } from '../../server/src/syntax/message';
import { cursorOf, describeRange, ideFixture } from '../support/ide';

/** The completion at the cursor, as `label (detail) [description]` lines in sort order. */
function completeAt(fixture: string, locale: Locale = 'en'): { range: string; items: string[] } {
  const fx = ideFixture(fixture);
  const result = complete(fx.analysis, fx.uri, cursorOf(fx), locale);
  const items = [...result.items]
    .sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0))
    .map((item) => `${item.label}${item.detail === undefined ? '' : ` (${item.detail})`}${item.description === undefined ? '' : ` [${item.description}]`}`);
  return { range: describeRange(fx.texts, fx.uri, result.range), items };
}

function labels(fixture: string, locale: Locale = 'en'): string[] {
  return completeAt(fixture, locale).items.map((item) => item.replace(/ \(.*$| \[.*$/, ''));
}

const DUTIES = `
//- /duties.baton
职责清单 乡镇职责 "某县乡镇履行职责事项清单" {
  职责 安全生产 "落实属地安全生产监管责任" 基本
  职责 土地执法 "违法用地行政处罚" 收回
  职责 耕地保护 "耕地保护巡查与报告" 配合
}
`;

describe('ide: completion', () => {
  it('offers top-level keywords at the start of a file, English first in an English file', () => {
    assert.deepStrictEqual(labels('<|>'), ['import', 'duties', 'inspector', 'plan', '引用', '职责清单', '检查主体', '方案']);
  });

  it('offers the keywords of a plan body in the file\'s keyword language first, both offered', () => {
    const result = completeAt(`
方案 p {
  层级 县
  <|>
}
`);
    assert.deepStrictEqual(result.items.slice(0, 3), ['发文单位 (issuer)', '辖区 (region)', '层级 (level)']);
    assert.ok(result.items.includes('issuer (发文单位)'));
    assert.ok(result.items.indexOf('指标 (indicator)') < result.items.indexOf('issuer (发文单位)'));
    assert.strictEqual(result.items.length, 2 * 11);
  });

  it('offers indicator properties in an indicator body and replaces the word being typed', () => {
    const result = completeAt(`
plan p {
  indicator a {
    weight 10
    fre<|>
  }
}
`);
    assert.strictEqual(result.range, '/main.baton:4:5 fre');
    assert.deepStrictEqual(result.items.slice(0, 3), ['duty (职责)', 'target (目标)', 'deadline (时限)']);
    assert.ok(result.items.includes('frequency (频次)'));
    assert.ok(!result.items.some((item) => item.startsWith('issuer')));
  });

  it('offers duty properties in a duty block and `duty` in a duty list', () => {
    assert.deepStrictEqual(labels('duties l {\n  duty d { <|> }\n}\n'), ['basis', 'lead', 'note', '依据', '牵头部门', '备注']);
    assert.deepStrictEqual(labels('duties l {\n  <|>\n}\n'), ['duty', '职责']);
  });

  it('offers the duty ids of the plan\'s duty list with their display names, returned duties last', () => {
    const result = completeAt(`${DUTIES}//- /county.baton
引用 "duties.baton"
方案 县2025 {
  职责清单 乡镇职责
  指标 a {
    职责 <|>
  }
}
`, 'zh-CN');
    assert.deepStrictEqual(result.items, [
      '安全生产 (落实属地安全生产监管责任) [基本]',
      '耕地保护 (耕地保护巡查与报告) [配合]',
      '土地执法 (违法用地行政处罚) [收回]',
    ]);
  });

  it('inserts the missing space when the word is glued to its Chinese keyword', () => {
    const fx = ideFixture(`${DUTIES}//- /county.baton
引用 "duties.baton"
方案 县2025 {
  职责清单 乡镇职责
  指标 a {
    职责安全<|>
  }
}
`);
    const result = complete(fx.analysis, fx.uri, cursorOf(fx), 'en');
    assert.strictEqual(describeRange(fx.texts, fx.uri, result.range), '/county.baton:5:7 安全');
    const safety = result.items.find((item) => item.label === '安全生产');
    assert.deepStrictEqual([safety?.insertText, safety?.filterText], [' 安全生产', '安全生产 落实属地安全生产监管责任']);
  });

  it('filters duties by id and display name', () => {
    const fx = ideFixture(`${DUTIES}//- /county.baton
引用 "duties.baton"
方案 县2025 {
  职责清单 乡镇职责
  指标 a {
    职责 巡查<|>
  }
}
`);
    const result = complete(fx.analysis, fx.uri, cursorOf(fx), 'en');
    assert.strictEqual(describeRange(fx.texts, fx.uri, result.range), '/county.baton:5:8 巡查');
    const farmland = result.items.find((item) => item.label === '耕地保护');
    assert.strictEqual(farmland?.filterText, '耕地保护 耕地保护巡查与报告');
    assert.strictEqual(farmland?.documentation, 'An assist duty: the township helps, the lead department owns the result');
  });

  it('offers the inspectors visible from the plan, after `inspector` and after each separator', () => {
    const fixture = (line: string) => `
//- /shared.baton
inspector office "县委督查室" block
//- /main.baton
import "shared.baton"
plan p {
  inspector env "县生态环境局" line
  inspector safety "县应急管理局" line
  indicator a {
    ${line}
  }
}
`;
    assert.deepStrictEqual(completeAt(fixture('inspector <|>')).items, [
      'env (县生态环境局) [line]',
      'safety (县应急管理局) [line]',
      'office (县委督查室) [block]',
    ]);
    assert.deepStrictEqual(labels(fixture('inspector env, <|>')), ['safety', 'office']);
    assert.deepStrictEqual(labels(fixture('检查主体 env、saf<|>')), ['safety', 'office']);
    assert.deepStrictEqual(labels(fixture('inspector env <|>')), []);
  });

  it('offers inspectors after `recognizes` and the kinds after an inspector\'s name', () => {
    const fixture = (line: string) => `
plan p {
  inspector env "县生态环境局" line
  ${line}
}
`;
    assert.deepStrictEqual(labels(fixture('inspector office "督查室" block recognizes <|>')), ['env']);
    assert.deepStrictEqual(labels(fixture('inspector office "督查室" <|>')), ['line', 'block', '条', '块', 'recognizes', '互认']);
    assert.deepStrictEqual(labels(fixture('inspector office "督查室" block <|>')), ['recognizes', '互认']);
  });

  it('offers the parent plan\'s indicators after `refines`', () => {
    assert.deepStrictEqual(completeAt(`
//- /city.baton
plan city {
  indicator forest "森林覆盖率" { target >= 30 % }
  indicator water "水质" {}
}
//- /county.baton
import "city.baton"
plan county {
  parent city
  indicator trees {
    refines <|>
  }
}
`).items, ['forest (森林覆盖率) [in city]', 'water (水质) [in city]']);
  });

  it('offers plans in scope after `parent` (not the plan itself) and duty lists after `duties`', () => {
    const fixture = (line: string) => `${DUTIES}//- /city.baton
plan city "市方案" { level city }
//- /main.baton
import "city.baton"
import "duties.baton"
plan other {}
plan county {
  ${line}
}
`;
    assert.deepStrictEqual(completeAt(fixture('parent <|>')).items, ['city (市方案) [city]', 'other']);
    assert.deepStrictEqual(completeAt(fixture('duties <|>')).items, ['乡镇职责 (某县乡镇履行职责事项清单) [3 duties]']);
  });

  it('offers enumerated values, the file\'s language first, with their meaning', () => {
    assert.deepStrictEqual(completeAt(`
plan p {
  indicator a {
    frequency <|>
  }
}
`).items.slice(0, 3), ['yearly (每年 / 年度) [frequency]', 'half-yearly (每半年 / 半年) [frequency]', 'quarterly (每季度 / 季度) [frequency]']);
    assert.deepStrictEqual(labels(`
方案 p {
  层级：<|>
}
`), ['省', '市', '县', '乡镇', '街道', '村', 'province', 'city', 'county', 'township', 'village']);
    assert.deepStrictEqual(labels('方案 p {\n  指标 a { 时效 <|> }\n}\n'), ['短期', '长期', 'short', 'long']);
  });

  it('offers the methods not yet listed after a separator', () => {
    assert.deepStrictEqual(labels('plan p {\n  indicator a {\n    method field, survey, <|>\n  }\n}\n'), ['data', 'review', 'documents', 'photos', '数据比对', '述职评议', '台账资料', '照片截图']);
  });

  it('offers duty kinds after a duty\'s name in a duty list', () => {
    assert.deepStrictEqual(labels('duties l {\n  duty d "名称" <|>\n}\n'), ['basic', 'assist', 'returned', '基本', '配合', '收回']);
  });

  it('offers `by` and `until` after a negotiated reason', () => {
    assert.deepStrictEqual(labels('plan p {\n  indicator a {\n    negotiated "agreed" <|>\n  }\n}\n'), ['by', 'until', '批准', '有效期至']);
    assert.deepStrictEqual(labels('plan p {\n  indicator a {\n    negotiated "agreed" by "office" <|>\n  }\n}\n'), ['until', '有效期至']);
  });

  it('offers the other files\' paths inside an import string', () => {
    const result = completeAt(`
//- /w/plans/county.baton
import "<|>"
//- /w/duties.baton
duties d {}
//- /w/plans/city.baton
plan c {}
`);
    assert.strictEqual(result.range, '/w/plans/county.baton:1:9 ');
    assert.deepStrictEqual(result.items, ['city.baton', '../duties.baton']);
    assert.deepStrictEqual(labels('//- /a.baton\nimport “b<|>”\n//- /b.baton\n'), ['b.baton']);
  });

  it('offers nothing inside a comment or a non-import string', () => {
    assert.deepStrictEqual(labels('// plan <|>\n'), []);
    assert.deepStrictEqual(labels('plan p {\n  issuer "of<|>fice"\n}\n'), []);
  });

  it('still completes in a file with a syntax error elsewhere', () => {
    assert.deepStrictEqual(labels(`
plan p {
  indicator a {
    targt >= 30 %
    frequency <|>
  }
  indicator b { weight 10 }
}
`).slice(0, 2), ['yearly', 'half-yearly']);
  });

  it('completes in an unfinished file: a missing `}` and a half-typed statement', () => {
    const fixture = `${DUTIES}//- /county.baton
引用 "duties.baton"
方案 县2025 {
  职责清单 乡镇职责
  指标 a {
    目标 ≥
    职责 安<|>
`;
    assert.deepStrictEqual(labels(fixture), ['安全生产', '耕地保护', '土地执法']);
    assert.deepStrictEqual(labels(`
plan p {
  indicator a {
    weight 10
  <|>
plan q {}
`).slice(0, 2), ['duty', 'target']);
  });

  it('a new plan keyword ends an unclosed indicator', () => {
    assert.deepStrictEqual(labels(`
plan p {
  indicator a {
    weight 10
plan q {
  <|>
}
`).slice(0, 2), ['issuer', 'region']);
  });
});
