import { checkDiagnostics, checkSuggestion } from '../support/check';

const QUIET = ['external-evaluation', 'no-long-term-indicator'];

describe('missing-duty', () => {
  it('reports an indicator without a duty in a plan with a duty list', () => {
    checkDiagnostics(`
duties town {
  duty safety "Work safety" basic
  duty ecology "Rural environment" basic
}
plan county {
  duties town
  indicator accidents {
    duty safety
    weight 50
  }
  indicator canvass "Attracting investment" {
//          ^^^^^^^ warning missing-duty: Indicator \`canvass\` names no duty from duty list \`town\`
    weight 50
  }
}
`, { disabled: QUIET });
  });

  it('is silent in a plan without a duty list', () => {
    checkDiagnostics(`
plan county {
  indicator canvass {
    weight 100
  }
}
`, { disabled: QUIET });
  });

  it('accepts a Chinese plan whose indicators all name a duty, with full-width punctuation', () => {
    checkDiagnostics(`
职责清单 乡镇职责 ｛
  职责 安全生产 “落实属地安全生产监管责任” 基本
  职责 生态环境 “农村人居环境整治与生态保护” 基本
｝
方案 县 ｛
  职责清单：乡镇职责；
  指标 事故 ｛ 职责：安全生产； 权重：50； ｝
  指标 森林 ｛ 职责：生态环境； 权重：50； ｝
｝
`, { disabled: QUIET });
  });

  it('still reports when the duty list itself is unresolved', () => {
    checkDiagnostics(`
方案 县 ｛
  职责清单：乡镇职责；
//          ^^^^^^^^ error unresolved-reference: 找不到职责清单“乡镇职责”
  指标 招商引资 ｛
//     ^^^^^^^^ warning missing-duty: 指标“招商引资”未注明所考核的是职责清单“乡镇职责”中的哪项职责
    权重：100；
  ｝
｝
`, { locale: 'zh-CN', disabled: QUIET });
  });

  it('suggests the listed duty whose name is close to the indicator\'s', () => {
    checkSuggestion(`
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
  职责 生态环境 "农村人居环境整治与生态保护" 基本
}
方案 县 {
  职责清单 乡镇职责
  指标 安全<|>生产 "较大生产安全事故" {
    权重 100
  }
}
`, 'Add `duty 安全生产`', `
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
  职责 生态环境 "农村人居环境整治与生态保护" 基本
}
方案 县 {
  职责清单 乡镇职责
  指标 安全生产 "较大生产安全事故" {
    权重 100
    职责 安全生产
  }
}
`, { disabled: QUIET });
  });

  it('matches the indicator title against duty titles too', () => {
    checkSuggestion(`
duties town {
  duty safety "Work safety" basic
  duty ecology "Rural environment" basic
}
plan county {
  duties town
  indicator acc<|>idents "Work safty" {
    weight 100
  }
}
`, 'Add `duty safety`', `
duties town {
  duty safety "Work safety" basic
  duty ecology "Rural environment" basic
}
plan county {
  duties town
  indicator accidents "Work safty" {
    weight 100
    duty safety
  }
}
`, { disabled: QUIET });
  });
});
