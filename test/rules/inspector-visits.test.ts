import assert from 'node:assert/strict';
import { checkDiagnostics, lintFixture } from '../support/check';

describe('inspector-visits', () => {
  it('reports an inspector that checks quarterly, once, on its declaration', () => {
    checkDiagnostics(`
plan county {
  region "Some county"
  inspector eco "County ecology bureau" line
//          ^^^ warning inspector-visits: Inspector \`eco\` (County ecology bureau) checks the same units 4 times a year, more than the maximum of 1 (4 in \`county\`)
  indicator air {
    weight 50
    frequency quarterly
    inspector eco
  }
  indicator river {
    weight 50
    inspector eco
  }
}
`);
  });

  it("counts one plan's checks once, at its highest frequency", () => {
    checkDiagnostics(`
plan county {
  inspector eco "County ecology bureau" line
//          ^^^ warning inspector-visits: Inspector \`eco\` (County ecology bureau) checks the same units 2 times a year, more than the maximum of 1 (2 in \`county\`)
  indicator a { weight 30 frequency half-yearly inspector eco }
  indicator b { weight 30 frequency half-yearly inspector eco }
  indicator c { weight 40 frequency yearly inspector eco }
}
`);
  });

  it('accepts one yearly visit, a missing frequency, and an unused inspector', () => {
    checkDiagnostics(`
inspector office "County supervision office" block
plan county {
  inspector eco "County ecology bureau" line
  inspector safety "County emergency bureau" line
  indicator a { weight 50 frequency yearly inspector eco }
  indicator b { weight 50 inspector safety }
}
`);
  });

  it('adds up the plans of a group, on the first declaration, with same-department inspectors as one', () => {
    checkDiagnostics(`
//- /w/a-comprehensive.baton
import "duties.baton"
plan comprehensive {
  region "Some county"
  assesses township
  period 2025
  inspector eco "County ecology bureau" line
//          ^^^ warning inspector-visits: Inspector \`eco\` (County ecology bureau) checks the same units 3 times a year, more than the maximum of 1 (1 in \`comprehensive\`, 2 in \`special\`)
  indicator air { weight 100 inspector eco }
}
//- /w/b-special.baton
import "duties.baton"
plan special {
  region "Some county"
  assesses township
  period 2025
  inspector ecology "County ecology bureau" line
  indicator river { weight 100 frequency half-yearly inspector ecology }
}
//- /w/duties.baton
duties township {
  duty river "River chief patrols" basic
}
`);
  });

  it('keeps plans of different groups apart', () => {
    checkDiagnostics(`
//- /w/a.baton
import "c.baton"
plan a {
  region "Some county"
  assesses township
  period 2025
  inspector eco "County ecology bureau" line
  indicator air { weight 100 inspector eco }
}
//- /w/b.baton
import "c.baton"
plan b {
  region "Some county"
  assesses township
  period 2026
  inspector eco "County ecology bureau" line
  indicator air { weight 100 inspector eco }
}
//- /w/c.baton
plan c {
  inspector eco "County ecology bureau" line
  indicator air { weight 100 inspector eco }
}
`);
  });

  it('does not add up plans in files not linked by imports (a draft and a reviewed copy)', () => {
    checkDiagnostics(`
//- /draft/county.baton
plan county {
  region "Some county"
  inspector eco "County ecology bureau" line
  indicator air { weight 100 inspector eco }
}
//- /reviewed/county.baton
plan county {
  region "Some county"
  inspector eco "County ecology bureau" line
  indicator air { weight 100 inspector eco }
}
`);
  });

  it('reports a top-level inspector in the file that declares it', () => {
    checkDiagnostics(`
//- /w/inspectors.baton
inspector office "County supervision office" block
//        ^^^^^^ warning inspector-visits: Inspector \`office\` (County supervision office) checks the same units 2 times a year, more than the maximum of 1 (1 in \`a\`, 1 in \`b\`)
//- /w/plans.baton
import "inspectors.baton"
plan a {
  region "Some county"
  indicator x { weight 100 inspector office }
}
plan b {
  region "Some county"
  indicator y { weight 100 inspector office }
}
`);
  });

  it('reads Chinese keywords with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 ｛
  辖区：“某县”；
  检查主体 督查室 “县委县政府督查室” 块；
//         ^^^^^^ warning inspector-visits: 检查主体“督查室”（县委县政府督查室）每年对同一批单位检查 4 次（方案“县”4 次），超过每年 1 次的上限
  指标 安全 ｛ 权重：50； 频次：每季度； 检查主体：督查室； ｝
  指标 信访 ｛ 权重：50； 检查主体：督查室； ｝
｝
`, { locale: 'zh-CN' });
  });

  it('takes the maximum from baton.config.json', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "maxVisitsPerInspector": 2 }
//- /a.baton
方案 县 {
  检查主体 环境局 "县生态环境局" 条
  检查主体 应急局 "县应急管理局" 条
//         ^^^^^^ warning inspector-visits: Inspector \`应急局\` (县应急管理局) checks the same units 4 times a year, more than the maximum of 2 (4 in \`县\`)
  指标 甲 { 权重 50 频次 每半年 检查主体 环境局 }
  指标 乙 { 权重 50 频次 季度 检查主体 应急局 }
}
`);
  });

  it('gives every reference as a related location', () => {
    const { diagnostics, texts } = lintFixture(`
//- /w/a.baton
plan a {
  region "R"
  inspector eco "Ecology" line
  indicator air { weight 50 frequency quarterly inspector eco }
  indicator soil { weight 50 inspector eco }
}
//- /w/b.baton
import "a.baton"
plan b {
  region "R"
  inspector eco "Ecology" line
  indicator water { weight 100 inspector eco }
}
`);
    const found = diagnostics.filter((d) => d.ruleId === 'inspector-visits');
    assert.equal(found.length, 1);
    assert.equal(found[0].uri, '/w/a.baton');
    assert.deepEqual(found[0].related.map((r) => [r.uri, texts.get(r.uri)!.slice(r.range.start, r.range.end), r.message.en, r.message.zh]), [
      ['/w/a.baton', 'eco', 'Checks `air` in `a` (`quarterly`)', '检查方案“a”的指标“air”（频次为“quarterly”）'],
      ['/w/a.baton', 'eco', 'Checks `soil` in `a` (no frequency: yearly)', '检查方案“a”的指标“soil”（未设频次，按每年计）'],
      ['/w/b.baton', 'eco', 'Checks `water` in `b` (no frequency: yearly)', '检查方案“b”的指标“water”（未设频次，按每年计）'],
    ]);
  });
});
