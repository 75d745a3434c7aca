import { checkDiagnostics, checkSuggestion } from '../support/check';

const QUIET = ['external-evaluation', 'no-long-term-indicator'];

describe('duplicate-definition', () => {
  it('reports top-level names alike, across kinds, after the first', () => {
    checkDiagnostics(`
duties county {
  duty safety
}
inspector county "County office"
//        ^^^^^^ error duplicate-definition: \`county\` is already defined in this file (duty list, line 1)
plan county {
//   ^^^^^^ error duplicate-definition: \`county\` is already defined in this file (duty list, line 1)
}
plan other {
}
`);
  });

  it('reports inspectors and indicators defined twice in one plan', () => {
    checkDiagnostics(`
plan county {
  inspector ecology "County ecology bureau"
  inspector ecology "County ecology bureau"
//          ^^^^^^^ error duplicate-definition: \`ecology\` is already defined in plan \`county\` (inspector, line 2)
  indicator forest {
    weight 50
  }
  indicator forest {
//          ^^^^^^ error duplicate-definition: \`forest\` is already defined in plan \`county\` (indicator, line 4)
    weight 50
  }
}
`, { disabled: [...QUIET, 'duplicate-inspector-declaration'] });
  });

  it('reports duties defined twice in one list, in Chinese', () => {
    checkDiagnostics(`
职责清单 乡镇职责 ｛
  职责 安全生产 基本
  职责 生态环境 基本
  职责 安全生产 配合
//     ^^^^^^^^ error duplicate-definition: 职责清单“乡镇职责”中已定义职责“安全生产”（第 2 行），不得重复定义
｝
`, { locale: 'zh-CN' });
  });

  it('accepts the same id in different scopes, and a plan inspector shadowing a top-level one', () => {
    checkDiagnostics(`
duties a {
  duty x
}
duties b {
  duty x
}
inspector ecology "County ecology bureau"
plan p {
  inspector ecology "County ecology bureau"
  indicator x {
    weight 100
  }
}
plan q {
  indicator x {
    weight 100
  }
}
`, { disabled: QUIET });
  });

  it('accepts distinct names in a Chinese file with full-width punctuation', () => {
    checkDiagnostics(`
职责清单 乡镇职责 ｛
  职责 安全生产 基本
  职责 生态环境 基本
｝
检查主体 督查室 “县委县政府督查室” 块
方案 县2025 ｛
  考核年度：2025；
  备注：“第一稿”；
  备注：“第二稿”；
  检查主体 环境局 “县生态环境局” 条
  指标 森林 ｛ 目标：≥ 30％； 权重：50 ｝
  指标 事故 ｛ 目标：≤ 1 起； 权重：50 ｝
｝
`, { disabled: QUIET });
  });

  it('lets a local name shadow an imported one silently', () => {
    checkDiagnostics(`
//- /w/city.baton
plan shared {
}
//- /w/county.baton
import "city.baton"
plan shared {
}
`);
  });

  it('reports a name that two directly imported files both define, on the later import', () => {
    checkDiagnostics(`
//- /w/a.baton
inspector office "Supervision office"
//- /w/b.baton
inspector office "Supervision office"
//- /w/main.baton
import "a.baton"
import "b.baton"
//     ^^^^^^^^^ error duplicate-definition: \`office\` is defined both in \`a.baton\` and in \`b.baton\`: here it means the one in \`a.baton\`
import "a.baton"
`);
  });

  describe('properties given twice', () => {
    it('reports the second keyword of a property given twice in an indicator', () => {
      checkDiagnostics(`
plan p {
  indicator forest {
    target >= 30 %
    weight 100
    target >= 35 %
//  ^^^^^^ error duplicate-definition: \`target\` is given twice in indicator \`forest\`: only the first one counts
  }
}
`, { disabled: QUIET });
    });

    it('reports plan and duty properties given twice, in Chinese with full-width colons', () => {
      checkDiagnostics(`
职责清单 清单 ｛
  职责 耕地保护 配合 ｛ 牵头部门：“县自然资源局”； 牵头部门：“县农业农村局” ｝
//                                                 ^^^^^^^^ error duplicate-definition: 职责“耕地保护”中“牵头部门”重复出现，仅第一处有效
｝
方案 县 ｛
  考核年度：2025
  考核年度：2026
//^^^^^^^^ error duplicate-definition: 方案“县”中“考核年度”重复出现，仅第一处有效
｝
`, { locale: 'zh-CN' });
    });

    it('allows several notes', () => {
      checkDiagnostics(`
plan p {
  note "first"
  note "second"
  indicator a {
    weight 100
    note "one"
    note "two"
  }
}
`, { disabled: QUIET });
    });

    it('offers to remove the second property', () => {
      checkSuggestion(`
方案 县 {
  指标 森林 {
    目标 ≥ 30%
    权重 100
    目<|>标 ≥ 35%
  }
}
`, 'Remove this `目标` line', `
方案 县 {
  指标 森林 {
    目标 ≥ 30%
    权重 100
  }
}
`, { disabled: QUIET });
    });
  });
});
