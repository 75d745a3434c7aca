import { checkDiagnostics, checkSuggestion } from '../support/check';

// Infos that fire on almost every plan with indicators; not what these tests are about.
const QUIET = ['external-evaluation', 'no-long-term-indicator'];

describe('unresolved-reference', () => {
  describe('imports', () => {
    it('reports an import of a file that does not exist, with the closest path', () => {
      checkDiagnostics(`
//- /w/main.baton
import "dutys.baton"
//     ^^^^^^^^^^^^^ error unresolved-reference: Cannot find the imported file \`dutys.baton\`; did you mean \`duties.baton\`?
import "sub/nothing-like-it.baton"
//     ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error unresolved-reference: Cannot find the imported file \`sub/nothing-like-it.baton\`
//- /w/duties.baton
duties list {
  duty a
}
`);
    });

    it('resolves paths relative to the importing file', () => {
      checkDiagnostics(`
//- /w/county/main.baton
import "../common/duties.baton"
import "./local.baton"
//- /w/county/local.baton
inspector x "X"
//- /w/common/duties.baton
duties list {
  duty a
}
`);
    });

    it('suggests the closest existing file, relative to the importing file', () => {
      checkSuggestion(`
//- /w/county/main.baton
import "../commn/dut<|>ies.baton"
//- /w/common/duties.baton
duties list {
  duty a
}
`, 'Change to `../common/duties.baton`', `
//- /w/county/main.baton
import "../common/duties.baton"
//- /w/common/duties.baton
duties list {
  duty a
}
`);
    });

    it('keeps Chinese quotes in the suggestion', () => {
      checkSuggestion(`
//- /w/县.baton
引用 “职<|>责清单.baton”
//- /w/职责.baton
职责清单 清单 {
  职责 甲
}
`, 'Change to `职责.baton`', `
//- /w/县.baton
引用 “职责.baton”
//- /w/职责.baton
职责清单 清单 {
  职责 甲
}
`);
    });

    it('gives the message in Chinese', () => {
      checkDiagnostics(`
引用 “不存在.baton”
//   ^^^^^^^^^^^^^^ error unresolved-reference: 找不到引用的文件“不存在.baton”
`, { locale: 'zh-CN' });
    });
  });

  describe('parent plans', () => {
    it('reports a parent plan that does not exist, with the closest plan', () => {
      checkDiagnostics(`
plan city_2025 {
  level city
  assesses county
}
plan county_2025 {
  level county
  assesses township
  parent city_2024
//       ^^^^^^^^^ error unresolved-reference: Cannot find plan \`city_2024\`; did you mean \`city_2025\`?
}
`);
    });

    it('replaces the parent with the closest plan', () => {
      checkSuggestion(`
plan city_2025 {
}
plan county_2025 {
  parent city<|>_2024
}
`, 'Change to `city_2025`', `
plan city_2025 {
}
plan county_2025 {
  parent city_2025
}
`);
    });

    it('says what the name is when it names something else', () => {
      checkDiagnostics(`
duties city {
  duty a
}
plan county {
  parent city
//       ^^^^ error unresolved-reference: \`city\` is a duty list, not a plan
}
`);
    });

    it('does not see a plan through an import of an import', () => {
      checkDiagnostics(`
//- /w/city.baton
plan city_2025 {
}
//- /w/county.baton
import "city.baton"
plan county_2025 {
  parent city_2025
}
//- /w/town.baton
import "county.baton"
plan town_2025 {
  parent city_2025
//       ^^^^^^^^^ error unresolved-reference: Cannot find plan \`city_2025\`; did you mean \`county_2025\`?
}
`);
    });

    it('accepts mutual imports (they are not transitive)', () => {
      checkDiagnostics(`
//- /w/a.baton
import "b.baton"
plan a {
}
//- /w/b.baton
import "a.baton"
plan b {
  parent a
}
`);
    });

    it('reports in a Chinese file with full-width punctuation', () => {
      checkDiagnostics(`
方案 市2025 ｛
｝
方案 县2025 ｛
  上级方案：市2024；
//          ^^^^^^ error unresolved-reference: 找不到方案“市2024”，是否应为“市2025”？
｝
`, { locale: 'zh-CN' });
    });
  });

  describe('duty lists and duties', () => {
    it('reports an unresolved duty list once, not on every duty', () => {
      checkDiagnostics(`
duties town_duties {
  duty safety
  duty ecology
}
plan county {
  duties town_dutes
//       ^^^^^^^^^^ error unresolved-reference: Cannot find duty list \`town_dutes\`; did you mean \`town_duties\`?
  indicator a {
    duty safety
    weight 50
  }
  indicator b {
    duty ecology
    weight 50
  }
}
`, { disabled: QUIET });
    });

    it('replaces the duty list with the closest one', () => {
      checkSuggestion(`
职责清单 乡镇职责 {
  职责 安全生产
}
方案 县 {
  职责清单 乡镇职<|>权
}
`, 'Change to `乡镇职责`', `
职责清单 乡镇职责 {
  职责 安全生产
}
方案 县 {
  职责清单 乡镇职责
}
`);
    });

    it('reports duties in a plan without a duty list once, on the first duty', () => {
      checkDiagnostics(`
方案 县 {
  指标 甲 {
    职责 安全生产
//       ^^^^^^^^ error unresolved-reference: 无法识别职责“安全生产”（及本方案其余 1 项职责）：方案“县”未指定职责清单
    权重 50
  }
  指标 乙 {
    权重 20
  }
  指标 丙 {
    职责 生态环境
    权重 30
  }
}
`, { locale: 'zh-CN', disabled: QUIET });
    });

    it('gives the English message for a single duty without a list', () => {
      checkDiagnostics(`
plan county {
  indicator a {
    duty safety
//       ^^^^^^ error unresolved-reference: Cannot resolve duty \`safety\`: plan \`county\` has no duty list
    weight 100
  }
}
`, { disabled: QUIET });
    });

    it('adds the one visible duty list that holds the duty, after the last plan property', () => {
      checkSuggestion(`
//- /w/duties.baton
职责清单 乡镇职责 {
  职责 安全生产
}
//- /w/county.baton
引用 "duties.baton"
方案 县 {
  层级 县
  指标 甲 {
    职责 安全<|>生产
    权重 100
  }
}
`, 'Add `duties 乡镇职责` to the plan', `
//- /w/duties.baton
职责清单 乡镇职责 {
  职责 安全生产
}
//- /w/county.baton
引用 "duties.baton"
方案 县 {
  层级 县
  职责清单 乡镇职责
  指标 甲 {
    职责 安全生产
    权重 100
  }
}
`, { disabled: QUIET });
    });

    it('adds the duty list as the first line of a plan without properties', () => {
      checkSuggestion(`
duties town {
  duty safety
}
plan county {
  indicator a {
    duty saf<|>ety
    weight 100
  }
}
`, 'Add `duties town` to the plan', `
duties town {
  duty safety
}
plan county {
  duties town
  indicator a {
    duty safety
    weight 100
  }
}
`, { disabled: QUIET });
    });

    it('leaves a duty missing from a resolved list to duty-not-in-list', () => {
      checkDiagnostics(`
duties town {
  duty safety
}
plan county {
  duties town
  indicator a {
    duty ecology
    weight 100
  }
}
`, { disabled: [...QUIET, 'duty-not-in-list'] });
    });
  });

  describe('inspectors', () => {
    it('reports an indicator inspector that does not exist, with the closest visible one', () => {
      checkDiagnostics(`
inspector ecology "County ecology bureau" line
plan county {
  inspector safety "County emergency bureau" line
  indicator a {
    inspector safty, ecolgy, nobody
//            ^^^^^ error unresolved-reference: Cannot find inspector \`safty\`; did you mean \`safety\`?
//                   ^^^^^^ error unresolved-reference: Cannot find inspector \`ecolgy\`; did you mean \`ecology\`?
//                           ^^^^^^ error unresolved-reference: Cannot find inspector \`nobody\`
    weight 100
  }
}
`, { disabled: QUIET });
    });

    it('resolves plan inspectors, top-level ones and directly imported ones', () => {
      checkDiagnostics(`
//- /w/inspectors.baton
检查主体 环境局 "县生态环境局" 条
//- /w/county.baton
引用 “inspectors.baton”
检查主体 督查室 "县委县政府督查室" 块
方案 县 {
  检查主体 应急局 "县应急管理局" 条 互认：督查室、环境局
  指标 甲 { 检查主体：环境局； 权重 40 }
  指标 乙 { 检查主体：应急局； 权重 30 }
  指标 丙 { 检查主体：督查室； 权重 30 }
}
`, { disabled: QUIET });
    });

    it('does not let one plan see the inspectors of another', () => {
      checkDiagnostics(`
plan a {
  inspector x "X"
}
plan b {
  indicator i {
    inspector x
//            ^ error unresolved-reference: Cannot find inspector \`x\`
    weight 100
  }
}
`, { disabled: QUIET });
    });

    it('reports a `recognizes` name that does not exist', () => {
      checkDiagnostics(`
检查主体 督查室 "县委县政府督查室" 块
检查主体 环境局 "县生态环境局" 条 互认 督察室、财政局
//                                     ^^^^^^ error unresolved-reference: 找不到检查主体“督察室”，是否应为“督查室”？
//                                             ^^^^^^ error unresolved-reference: 找不到检查主体“财政局”
`, { locale: 'zh-CN' });
    });

    it('replaces an inspector with the closest one, matching the department name too', () => {
      checkSuggestion(`
plan county {
  inspector ecology "County ecology bureau"
  indicator a {
    inspector County-eco<|>logy-bureau
    weight 100
  }
}
`, 'Change to `ecology`', `
plan county {
  inspector ecology "County ecology bureau"
  indicator a {
    inspector ecology
    weight 100
  }
}
`, { disabled: QUIET });
    });
  });

  describe('refines', () => {
    it('reports a `refines` target missing from the parent plan, with the closest indicator', () => {
      checkDiagnostics(`
plan city {
  indicator forest_cover {
    weight 100
  }
}
plan county {
  parent city
  indicator forest {
    refines forest_covr
//          ^^^^^^^^^^^ error unresolved-reference: Parent plan \`city\` has no indicator \`forest_covr\`; did you mean \`forest_cover\`?
    weight 100
  }
}
`, { disabled: [...QUIET, 'level-mismatch'] });
    });

    it('replaces the `refines` target with the closest parent indicator', () => {
      checkSuggestion(`
方案 市 ｛
  指标 森林覆盖率 ｛ 权重 100 ｝
｝
方案 县 ｛
  上级方案 市
  指标 森林 ｛
    承接 森林覆<|>盖
    权重 100
  ｝
｝
`, 'Change to `森林覆盖率`', `
方案 市 ｛
  指标 森林覆盖率 ｛ 权重 100 ｝
｝
方案 县 ｛
  上级方案 市
  指标 森林 ｛
    承接 森林覆盖率
    权重 100
  ｝
｝
`, { disabled: QUIET });
    });

    it('reports `refines` in a plan without a parent', () => {
      checkDiagnostics(`
plan county {
  indicator forest {
    refines forest_cover
//          ^^^^^^^^^^^^ error unresolved-reference: Cannot find indicator \`forest_cover\`: \`refines\` names an indicator of the parent plan, and plan \`county\` has no \`parent\`
    weight 100
  }
}
`, { disabled: QUIET });
    });

    it('reports only the parent when the parent itself is unresolved', () => {
      checkDiagnostics(`
plan county {
  parent city
//       ^^^^ error unresolved-reference: Cannot find plan \`city\`
  indicator forest {
    refines forest_cover
    weight 100
  }
}
`, { disabled: QUIET });
    });
  });

  it('accepts a complete Chinese plan ladder with full-width punctuation', () => {
    checkDiagnostics(`
//- /w/职责.baton
职责清单 乡镇职责 “某县乡镇履行职责事项清单” ｛
  职责 安全生产 “落实属地安全生产监管责任” 基本
｝
//- /w/市.baton
方案 市2025 ｛
  层级：市；考核对象：县；考核年度：2025；
  指标 事故 ｛ 权重：100 ｝
｝
//- /w/县.baton
引用 “职责.baton”
引用 “市.baton”
检查主体 应急局 “县应急管理局” 条
方案 县2025 ｛
  层级：县；考核对象：乡镇；考核年度：2025；
  上级方案：市2025；
  职责清单：乡镇职责；
  指标 事故 ｛
    职责：安全生产；
    承接：事故；
    检查主体：应急局；
    权重：100；
  ｝
｝
`, { disabled: QUIET });
  });
});
