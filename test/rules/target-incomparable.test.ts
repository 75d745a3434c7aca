import { checkDiagnostics } from '../support/check';

describe('target-incomparable', () => {
  it('reports different units, opposite directions and `=` against a limit, and takes a string unit for the same unit (English keywords)', () => {
    checkDiagnostics(`
plan city_2025 {
  level    city
  assesses county
  period   2025
  indicator a { target >= 30 %  weight 25 }
  indicator b { target >= 30 %  weight 25 }
  indicator c { target = 100 %  weight 25 }
  indicator d { target <= 2 "cases"  weight 25 }
}
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator a { target >= 30 hectares  weight 25 }
//                     ^^^^^^^^^^^^^^ warning target-incomparable: Target \`>= 30 hectares\` cannot be compared with the parent plan's \`>= 30 %\` (\`city_2025\`): the units differ
  indicator b { target <= 30 %  weight 25 }
//                     ^^^^^^^ warning target-incomparable: Target \`<= 30 %\` cannot be compared with the parent plan's \`>= 30 %\` (\`city_2025\`): one sets a minimum, the other a maximum
  indicator c { target >= 95 %  weight 25 }
//                     ^^^^^^^ warning target-incomparable: Target \`>= 95 %\` cannot be compared with the parent plan's \`= 100 %\` (\`city_2025\`): \`=\` sets an exact value, the other a limit
  indicator d { target <= 2 cases  weight 25 }
}
`);
  });

  it('gives the message in Chinese, with full-width input', () => {
    checkDiagnostics(`
方案 市2025 ｛
  层级：市；
  考核对象：县；
  考核年度：2025；
  指标 forest ｛ 目标：≥ 30％； 权重：100； ｝
｝
方案 县2025 ｛
  层级：县；
  考核对象：乡镇；
  考核年度：2025；
  上级方案：市2025；
  指标 forest ｛ 目标：≥ 3000 亩； 权重：100； ｝
//                     ^^^^^^^^^ warning target-incomparable: 目标“≥ 3000 亩”无法与上级方案“市2025”的“≥ 30%”相比较：单位不同
｝
`, { locale: 'zh-CN' });
  });

  it('compares with the nearest ancestor carrying the indicator, skipping a middle plan that dropped it', () => {
    checkDiagnostics(`
//- /a-province.baton
plan province_2025 {
  level    province
  assesses city
  period   2025
  indicator forest { target >= 30 %  weight 100 }
}
//- /b-city.baton
import "a-province.baton"
plan city_2025 {
  level    city
  assesses county
  period   2025
  parent   province_2025
  indicator roads { weight 100 }
}
//- /c-county.baton
import "b-city.baton"
plan county_2025 {
  level    county
  assesses township
  period   2025
  parent   city_2025
  indicator forest { target = 32 %  weight 100 }
//                          ^^^^^^ warning target-incomparable: Target \`= 32 %\` cannot be compared with the upper plan's \`>= 30 %\` (\`province_2025\`): \`=\` sets an exact value, the other a limit
}
`);
  });

  it('does not compare text targets or a target on one side only', () => {
    checkDiagnostics(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 a { 目标 "全面完成"  权重 30 }
  指标 b { 目标 ≥ 30%  权重 30 }
  指标 c { 权重 40 }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 a { 目标 ≥ 90%  权重 30 }
  指标 b { 目标 “稳步提高”  权重 30 }
  指标 c { 目标 ≥ 5 个  权重 40 }
}
`);
  });

  it('accepts `>` against `>=` and the same unit spelt with a full-width percent sign', () => {
    checkDiagnostics(`
方案 市2025 {
  层级     市
  考核对象 县
  考核年度 2025
  指标 a { 目标 >= 30 %  权重 100 }
}
方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  上级方案 市2025
  指标 a { 目标 ＞ 30％  权重 100 }
}
`);
  });
});
