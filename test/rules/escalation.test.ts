import assert from 'node:assert/strict';
import { checkDiagnostics, checkFix, checkSuggestion, lintFixture } from '../support/check';

describe('escalation', () => {
  describe('targets', () => {
    it('blames each plan only for the escalation it adds, down a four-level ladder', () => {
      // The county passes on the city's inflated target unchanged: not flagged.
      checkDiagnostics(`
//- /city.baton
import "province.baton"
plan city_2025 {
  level    city
  assesses county
  period   2025
  parent   province_2025
  indicator forest "Forest cover" {
    target >= 32 %
//         ^^^^^^^ warning escalation: Target \`>= 32 %\` is stricter than the parent plan's \`>= 30 %\` (\`province_2025\`, the origin): 6.7% stricter in all
    weight 100
  }
}
//- /county.baton
import "city.baton"
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest "Forest cover" {
    target >= 32 %
    weight 100
  }
}
//- /province.baton
plan province_2025 {
  level    province
  assesses city
  period   2025
  indicator forest "Forest cover" {
    target >= 30 %
    weight 100
  }
}
//- /township.baton
import "county.baton"
plan township_2025 {
  level    township
  assesses village
  period   2025
  parent   county_2025
  indicator forest "Forest cover" {
    target >= 35 %
//         ^^^^^^^ warning escalation: Target \`>= 35 %\` is stricter than the parent plan's \`>= 32 %\` (\`county_2025\`); the origin \`province_2025\` set \`>= 30 %\`: 16.7% stricter in all
    weight 100
  }
}
`);
    });

    it('skips a middle plan that dropped the indicator, and follows refines (Chinese keywords)', () => {
      checkDiagnostics(`
//- /省.baton
方案 省2025 {
  层级     省
  考核对象 市
  考核年度 2025
  指标 forest "森林覆盖率" {
    目标 ≥ 30%
    权重 50
  }
  指标 accidents "较大生产安全事故" {
    目标 ≤ 2 起
    权重 50
  }
}
//- /市.baton
引用 "省.baton"
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  上级方案 省2025
  指标 accidents "较大生产安全事故" {
    目标 ≤ 2 起
    权重 100
  }
}
//- /县.baton
引用 "市.baton"
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 forest "森林覆盖率" {
    目标 ≥ 35%
//       ^^^^^ warning escalation: Target \`≥ 35%\` is stricter than the upper plan's \`≥ 30%\` (\`省2025\`, the origin): 16.7% stricter in all
    权重 50
  }
  指标 safety "安全生产" {
    承接 accidents
    目标 ≤ 1 起
//       ^^^^^^ warning escalation: Target \`≤ 1 起\` is stricter than the parent plan's \`≤ 2 起\` (\`市2025\`); the origin \`省2025\` set \`≤ 2 起\`: 50% stricter in all
    权重 50
  }
}
`);
    });

    it('gives the message in Chinese', () => {
      checkDiagnostics(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 forest {
    目标 ≥ 32%
    权重 100
  }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 forest {
    目标 ≥ 35%
//       ^^^^^ warning escalation: 目标“≥ 35%”严于上级方案“市2025”（源头方案）的“≥ 32%”，累计加码 9.4%
    权重 100
  }
}
`, { locale: 'zh-CN' });
    });

    it('accepts full-width punctuation and names the origin in Chinese', () => {
      checkDiagnostics(`
方案 省2025 ｛
  层级：省；
  考核对象：市；
  考核年度：2025；
  指标 forest ｛ 目标：≥ 30％； 权重：100； ｝
｝
方案 市2025 ｛
  层级：市；
  考核对象：县；
  考核年度：2025；
  上级方案：省2025；
  指标 forest ｛ 目标：＞ 32％； 权重：100； ｝
//                     ^^^^^^^ warning escalation: 目标“> 32%”严于上级方案“省2025”（源头方案）的“≥ 30%”，累计加码 6.7%
｝
方案 县2025 ｛
  层级：县；
  考核对象：乡镇；
  考核年度：2025；
  上级方案：市2025；
  指标 forest ｛ 目标：≥ 35％； 权重：100； ｝
//                     ^^^^^^ warning escalation: 目标“≥ 35%”严于上级方案“市2025”的“> 32%”；源头方案“省2025”为“≥ 30%”，累计加码 16.7%
｝
`, { locale: 'zh-CN' });
    });

    it('counts `>` as `>=`, and leaves same, looser, text and one-sided targets alone', () => {
      checkDiagnostics(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a { target >= 30 %  weight 20 }
  indicator b { target >= 30 %  weight 20 }
  indicator c { target "All villages covered"  weight 20 }
  indicator d { weight 20 }
  indicator e { target <= 3  weight 20 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { target > 30 %  weight 20 }
  indicator b { target >= 28 %  weight 20 }
  indicator c { target "Every village covered twice"  weight 20 }
  indicator d { target >= 50 %  weight 20 }
  indicator e { weight 20 }
}
`);
    });

    it('reports a changed `=` target', () => {
      checkDiagnostics(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator coverage { target = 100 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator coverage { target = 90 %  weight 100 }
//                            ^^^^^^ warning escalation: Target \`= 90 %\` changes the parent plan's \`= 100 %\` (\`city_2025\`, the origin): -10% in all
}
`);
    });
  });

  describe('tolerance', () => {
    it('reports only escalations beyond the configured percentage of the nearest ancestor\'s value', () => {
      checkDiagnostics(`
//- /baton.config.json
{"escalation": {"tolerance": 5}}
//- /main.baton
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a { target >= 30 %  weight 25 }
  indicator b { target >= 30 %  weight 25 }
  indicator c { target >= 30 %  weight 25 }
  indicator d { target >= 0 %  weight 25 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { target >= 31 %  weight 25 }
  indicator b { target >= 31.5 %  weight 25 }
  indicator c { target >= 32 %  weight 25 }
//                     ^^^^^^^ warning escalation: Target \`>= 32 %\` is stricter than the parent plan's \`>= 30 %\` (\`city_2025\`, the origin): 6.7% stricter in all
  indicator d { target >= 1 %  weight 25 }
//                     ^^^^^^ warning escalation: Target \`>= 1 %\` is stricter than the parent plan's \`>= 0 %\` (\`city_2025\`, the origin)
}
`);
    });

    it('measures tolerance against the nearest ancestor, not the origin', () => {
      // 30 → 31.5 (5 %) → 33 (4.8 %): each step is within 5 %, though the whole is 10 %.
      checkDiagnostics(`
//- /plans/baton.config.json
{ "escalation": { "tolerance": 5 } }
//- /plans/ladder.baton
plan province_2025 {
  level    province
  assesses city
  period   2025
  indicator a { target >= 30 %  weight 100 }
}
plan city_2025 {
  level    city
  assesses county
  period   2025
  parent   province_2025
  indicator a { target >= 31.5 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { target >= 33 %  weight 100 }
}
`);
    });
  });

  describe('deadlines, frequencies, vetoes and pledges', () => {
    it('reports earlier and added deadlines with the days gained on the origin', () => {
      checkDiagnostics(`
plan province_2025 {
  level    province
  assesses city
  period   2025
  indicator a { deadline 2025-12-31  weight 50 }
  indicator b { weight 50 }
}
plan city_2025 {
  level    city
  assesses county
  period   2025
  parent   province_2025
  indicator a { deadline 2025-11-30  weight 50 }
//                       ^^^^^^^^^^ warning escalation: Deadline \`2025-11-30\` is earlier than the parent plan's \`2025-12-31\` (\`province_2025\`, the origin): 31 days earlier in all
  indicator b { deadline 2025-12-31  weight 50 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { deadline 2025-09-30  weight 50 }
//                       ^^^^^^^^^^ warning escalation: Deadline \`2025-09-30\` is earlier than the parent plan's \`2025-11-30\` (\`city_2025\`); the origin \`province_2025\` set \`2025-12-31\`: 92 days earlier in all
  indicator b { deadline 2025-06-30  weight 50 }
//                       ^^^^^^^^^^ warning escalation: Deadline \`2025-06-30\` is earlier than the parent plan's \`2025-12-31\` (\`city_2025\`); the origin \`province_2025\` set none: 184 days earlier in all
}
plan city_2025_b {
  level    city
  assesses county
  period   2025
  parent   province_2025
  indicator b { deadline 2025-06-30  weight 50 }
//                       ^^^^^^^^^^ warning escalation: Deadline \`2025-06-30\` is added where the parent plan \`province_2025\` (the origin) sets none (the end of the period, 2025-12-31): 184 days earlier in all
  indicator a { weight 50 }
}
`);
    });

    it('reports more frequent checks, counting a missing frequency as yearly', () => {
      checkDiagnostics(`
plan province_2025 {
  level    province
  assesses city
  period   2025
  indicator a { weight 100 }
}
plan city_2025 {
  level    city
  assesses county
  period   2025
  parent   province_2025
  indicator a { frequency half-yearly  weight 100 }
//                        ^^^^^^^^^^^ warning escalation: Frequency \`half-yearly\` is checked more often than the parent plan's default \`yearly\` (\`province_2025\`, the origin): 2 checks a year instead of 1
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { frequency quarterly  weight 100 }
//                        ^^^^^^^^^ warning escalation: Frequency \`quarterly\` is checked more often than the parent plan's \`half-yearly\` (\`city_2025\`); the origin \`province_2025\` sets none (\`yearly\`): 4 checks a year instead of 1
}
plan county_2025_b {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { frequency yearly  weight 100 }
}
`);
    });

    it('spells frequencies in the file\'s language (Chinese message)', () => {
      checkDiagnostics(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 a { 频次 每年  权重 100 }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 a { 频次 每半年  权重 100 }
//              ^^^^^^ warning escalation: 频次“每半年”高于上级方案“市2025”（源头方案）的“每年”，累计由每年 1 次增至 2 次
}
`, { locale: 'zh-CN' });
    });

    it('reports an added veto and an added responsibility letter on their keywords', () => {
      checkDiagnostics(`
plan province_2025 {
  level    province
  assesses city
  period   2025
  indicator accidents { target <= 2  weight 100 }
}
plan city_2025 {
  level    city
  assesses county
  period   2025
  parent   province_2025
  indicator accidents { target <= 2  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator accidents {
    target <= 2
    weight 100
    veto   "Work Safety Law, art. 95"
//  ^^^^ warning escalation: A veto is added where the parent plan \`city_2025\` has none; nor has the origin \`province_2025\`
    pledge
//  ^^^^^^ warning escalation: A responsibility letter is added where the parent plan \`city_2025\` asks for none; nor has the origin \`province_2025\`
  }
}
`);
    });

    it('does not report a veto the parent already has (Chinese message)', () => {
      checkDiagnostics(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 accidents { 权重 100  一票否决 "《中华人民共和国安全生产法》" }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 accidents { 权重 100  一票否决 "《中华人民共和国安全生产法》"  责任书 }
//                                                                    ^^^^^^ warning escalation: 新增责任书要求，上级方案“市2025”（源头方案）的该指标未要求签订责任书
}
`, { locale: 'zh-CN' });
    });
  });

  describe('negotiated', () => {
    it('turns the finding into an info that shows reason, approver and expiry', () => {
      checkDiagnostics(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 30 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest {
    target     >= 35 %
//             ^^^^^^^ info escalation: Target \`>= 35 %\` is stricter than the parent plan's \`>= 30 %\` (\`city_2025\`, the origin): 16.7% stricter in all; negotiated: \`Reserve land doubled\`, approved by \`County government\`, until 2026-12-31
    negotiated "Reserve land doubled" by "County government" until 2026-12-31
    weight     100
  }
}
`);
    });

    it('shows the negotiation in Chinese', () => {
      checkDiagnostics(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 forest { 目标 ≥ 30%  权重 100 }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 forest {
    目标 ≥ 35%
//       ^^^^^ info escalation: 目标“≥ 35%”严于上级方案“市2025”（源头方案）的“≥ 30%”，累计加码 16.7%；已协商：“林地储备翻番”，批准人：“县政府”，有效期至 2026-12-31
    协商 “林地储备翻番” 批准 “县政府” 有效期至 2026-12-31
    权重 100
  }
}
`, { locale: 'zh-CN' });
    });

    it('reports the escalation as a warning again once the negotiation has expired', () => {
      checkDiagnostics(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 30 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest {
    target     >= 35 %
//             ^^^^^^^ warning escalation: Target \`>= 35 %\` is stricter than the parent plan's \`>= 30 %\` (\`city_2025\`, the origin): 16.7% stricter in all; the negotiation expired on 2026-01-31
    negotiated "Reserve land doubled" by "County government" until 2026-01-31
    weight     100
  }
}
`, { disabled: ['negotiation-expired'] });
    });

    it('is silent on an indicator with no escalation', () => {
      checkDiagnostics(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 30 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest {
    target     >= 30 %
    negotiated "Agreed with the townships" by "County government" until 2026-12-31
    weight     100
  }
}
`);
    });
  });

  describe('fixes', () => {
    it('sets a target to the parent\'s value', () => {
      checkFix(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 32 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest { target >= 3<|>5 %  weight 100 }
}
`, `
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 32 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest { target >= 32 %  weight 100 }
}
`);
    });

    it('sets a deadline to the parent\'s date', () => {
      checkFix(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a { deadline 2025-11-30  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { deadline 2025-0<|>9-30  weight 100 }
}
`, `
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a { deadline 2025-11-30  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { deadline 2025-11-30  weight 100 }
}
`);
    });

    it('removes a deadline the parent does not set', () => {
      checkFix(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a {
    weight 100
  }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a {
    deadline 2025-<|>06-30
    weight   100
  }
}
`, `
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a {
    weight 100
  }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a {
    weight   100
  }
}
`);
    });

    it('sets a frequency to the parent\'s, spelt in the file\'s language', () => {
      checkFix(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 a { 频次 每半年  权重 100 }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 a { 频次 每<|>季度  权重 100 }
}
`, `
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 a { 频次 每半年  权重 100 }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 a { 频次 每半年  权重 100 }
}
`);
    });

    it('removes a frequency when the parent checks yearly by default', () => {
      checkFix(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a {
    weight 100
  }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a {
    weight    100
    frequency quar<|>terly
  }
}
`, `
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a {
    weight 100
  }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a {
    weight    100
  }
}
`);
    });

    it('removes an added veto line', () => {
      checkFix(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a {
    weight 100
  }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a {
    weight 100
    ve<|>to   "Work Safety Law, art. 95"
  }
}
`, `
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a {
    weight 100
  }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a {
    weight 100
  }
}
`);
    });

    it('removes an added responsibility letter', () => {
      checkFix(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 a {
    权重 100
  }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 a {
    权重 100
    责任<|>书
  }
}
`, `
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 a {
    权重 100
  }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 a {
    权重 100
  }
}
`);
    });

    it('offers the parent\'s value only as a suggestion on a negotiated target', () => {
      checkSuggestion(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 30 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest {
    target     >= 3<|>5 %
    negotiated "Reserve land doubled" by "County government" until 2026-12-31
    weight     100
  }
}
`, 'Set to the parent plan\'s `>= 30 %`', `
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 30 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest {
    target     >= 30 %
    negotiated "Reserve land doubled" by "County government" until 2026-12-31
    weight     100
  }
}
`);
    });

    it('adds a negotiated record after the property', () => {
      checkSuggestion(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 30 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest {
    target >= 3<|>5 %
    weight 100
  }
}
`, 'Add `negotiated "…"`', `
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator forest { target >= 30 %  weight 100 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest {
    target >= 35 %
    negotiated "…"
    weight 100
  }
}
`, { disabled: ['negotiation-incomplete'] });
    });

    it('adds a negotiated record in Chinese keywords to a Chinese file', () => {
      checkSuggestion(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 forest { 目标 ≥ 30%  权重 100 }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 forest {
    目标 ≥ 3<|>5%
    权重 100
  }
}
`, 'Add `negotiated "…"`', `
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 forest { 目标 ≥ 30%  权重 100 }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 forest {
    目标 ≥ 35%
    协商 “…”
    权重 100
  }
}
`, { disabled: ['negotiation-incomplete'] });
    });
  });
});

describe('escalation: related locations', () => {
  it('says the parent set no deadline (the end of its period) rather than that it set a date', () => {
    const { diagnostics } = lintFixture(`
plan city {
  level city
  assesses county
  period 2025
  indicator forest { target >= 30 % weight 100 }
}
plan county {
  level county
  assesses township
  period 2025
  parent city
  indicator forest { target >= 30 % deadline 2025-09-30 weight 100 }
}
`);
    const found = diagnostics.find((d) => d.ruleId === 'escalation');
    assert.ok(found !== undefined);
    assert.deepEqual(found.related.map((r) => r.message.en), ['`city` sets no deadline: the end of its period, `2025-12-31`']);
    assert.deepEqual(found.related.map((r) => r.message.zh), ['上级方案“city”未设时限，即考核年度末“2025-12-31”']);
  });
});
