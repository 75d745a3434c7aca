import { checkDiagnostics, checkSuggestion } from '../support/check';

describe('duty-not-in-list', () => {
  it('reports a duty that is not on the plan\'s duty list (Chinese keywords)', () => {
    checkDiagnostics(`
职责清单 乡镇职责 "某县乡镇履行职责事项清单" {
  职责 基层党建 "抓好基层党组织建设" 基本
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 "某县2025年度乡镇综合考核方案" {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  指标 party "基层党建" {
    职责 基层党建
    权重 50
  }
  指标 canvass "招商引资" {
    职责 招商引资
//       ^^^^^^^^ error duty-not-in-list: Duty \`招商引资\` is not on the duty list \`乡镇职责\`
    权重 50
  }
}
`);
  });

  it('gives the message in Chinese', () => {
    checkDiagnostics(`
职责清单 乡镇职责 {
  职责 基层党建 "抓好基层党组织建设" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  指标 canvass "招商引资" {
    职责 招商引资
//       ^^^^^^^^ error duty-not-in-list: 职责“招商引资”未列入职责清单“乡镇职责”
    权重 100
  }
}
`, { locale: 'zh-CN' });
  });

  it('names the closest listed duty (English keywords)', () => {
    checkDiagnostics(`
duties township "Township duty list" {
  duty party_building "Party building" basic
  duty work_safety "Local work safety" basic
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  indicator safety {
    duty work_safty
//       ^^^^^^^^^^ error duty-not-in-list: Duty \`work_safty\` is not on the duty list \`township\`; did you mean \`work_safety\` (Local work safety)?
    weight 100
  }
}
`);
  });

  it('replaces a misspelt duty with the closest listed one', () => {
    checkSuggestion(`
duties township {
  duty party_building "Party building" basic
  duty work_safety "Local work safety" basic
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  indicator safety {
    duty work_s<|>afty
    weight 100
  }
}
`, 'Change to `work_safety`', `
duties township {
  duty party_building "Party building" basic
  duty work_safety "Local work safety" basic
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  indicator safety {
    duty work_safety
    weight 100
  }
}
`);
  });

  it('matches the duty\'s display name and inserts its id', () => {
    checkSuggestion(`
职责清单 乡镇职责 {
  职责 基层党建 "抓好基层党组织建设" 基本
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  指标 party {
    职责 抓好基层<|>党组织建设
    权重 100
  }
}
`, 'Change to `基层党建`', `
职责清单 乡镇职责 {
  职责 基层党建 "抓好基层党组织建设" 基本
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  指标 party {
    职责 基层党建
    权重 100
  }
}
`);
  });

  it('removes the indicator', () => {
    checkSuggestion(`
职责清单 乡镇职责 {
  职责 基层党建 "抓好基层党组织建设" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  指标 party {
    职责 基层党建
    权重 100
  }
  指标 canvass "招商引资" {
    职责 招<|>商引资
    权重 0
  }
}
`, 'Remove the indicator `canvass`', `
职责清单 乡镇职责 {
  职责 基层党建 "抓好基层党组织建设" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  指标 party {
    职责 基层党建
    权重 100
  }
}
`);
  });

  it('accepts full-width punctuation and resolves the list across files', () => {
    checkDiagnostics(`
//- /duties.baton
职责清单 乡镇职责 “某县乡镇履行职责事项清单” ｛
  职责 基层党建 “抓好基层党组织建设” 基本；
  职责 安全生产 “落实属地安全生产监管责任” 基本；
｝
//- /county.baton
引用 “duties.baton”
方案 县2025 ｛
  层级：县；
  考核对象：乡镇；
  考核年度：2025；
  职责清单：乡镇职责；
  指标 safety “安全生产” ｛
    职责：安全生产；
    目标：≤ 1 起；
    权重：60；
  ｝
  指标 canvass “招商引资” ｛
    职责：招商引资；
//        ^^^^^^^^ error duty-not-in-list: Duty \`招商引资\` is not on the duty list \`乡镇职责\`
    权重：40；
  ｝
｝
`);
  });

  it('leaves a plan without a duty list, or with an unresolved one, to other rules', () => {
    checkDiagnostics(`
plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   nowhere
  indicator a {
    duty anything
    weight 100
  }
}

plan county_2026 {
  level    county
  assesses township
  period   2026
  indicator a {
    duty anything
    weight 100
  }
}
`, { disabled: ['unresolved-reference'] });
  });

  it('accepts indicators whose duties are all listed, whatever their kind', () => {
    checkDiagnostics(`
duties township {
  duty party_building "Party building" basic
  duty farmland "Farmland patrols" assist { lead "County natural resources bureau" }
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  indicator party {
    duty   party_building
    weight 60
  }
  indicator land {
    duty   farmland
    weight 40
  }
}
`);
  });
});
