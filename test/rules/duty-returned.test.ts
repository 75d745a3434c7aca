import { checkDiagnostics, checkSuggestion } from '../support/check';

describe('duty-returned', () => {
  it('reports a duty returned to upper departments and names the lead department (Chinese keywords)', () => {
    checkDiagnostics(`
职责清单 乡镇职责 {
  职责 基层党建 "抓好基层党组织建设" 基本
  职责 土地执法 "违法用地行政处罚" 收回 { 牵头部门 "县自然资源局"  依据 "县委编办〔2024〕12号" }
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  指标 party {
    职责 基层党建
    权重 80
  }
  指标 land "违法用地查处" {
    职责 土地执法
//       ^^^^^^^^ error duty-returned: Duty \`土地执法\` has been returned to an upper department on the duty list \`乡镇职责\` (lead: \`县自然资源局\`): it may not be assessed here
    权重 20
  }
}
`);
  });

  it('gives the message in Chinese', () => {
    checkDiagnostics(`
职责清单 乡镇职责 {
  职责 土地执法 "违法用地行政处罚" 收回 { 牵头部门 "县自然资源局" }
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  指标 land {
    职责 土地执法
//       ^^^^^^^^ error duty-returned: 职责“土地执法”在职责清单“乡镇职责”中已由上级部门“县自然资源局”收回，不应再对下考核
    权重 100
  }
}
`, { locale: 'zh-CN' });
  });

  it('reports a returned duty without a lead department (English keywords, list in another file)', () => {
    checkDiagnostics(`
//- /county.baton
import "lists/township.baton"
plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  indicator land {
    duty   land_enforcement
//         ^^^^^^^^^^^^^^^^ error duty-returned: Duty \`land_enforcement\` has been returned to an upper department on the duty list \`township\`: it may not be assessed here
    weight 100
  }
}
//- /lists/township.baton
duties township {
  duty land_enforcement "Penalties for illegal land use" returned
}
`);
  });

  it('accepts full-width punctuation', () => {
    checkDiagnostics(`
职责清单 乡镇职责 ｛
  职责 土地执法 “违法用地行政处罚” 收回 ｛ 牵头部门：“县自然资源局”； ｝
｝
方案 县2025 ｛
  层级：县；
  考核对象：乡镇；
  考核年度：2025；
  职责清单：乡镇职责；
  指标 land ｛
    职责：土地执法；
//        ^^^^^^^^ error duty-returned: Duty \`土地执法\` has been returned to an upper department on the duty list \`乡镇职责\` (lead: \`县自然资源局\`): it may not be assessed here
    权重：100；
  ｝
｝
`);
  });

  it('removes the indicator', () => {
    checkSuggestion(`
duties township {
  duty party_building "Party building" basic
  duty land_enforcement "Penalties for illegal land use" returned
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  indicator party {
    duty   party_building
    weight 100
  }
  indicator land {
    duty   land_<|>enforcement
    weight 0
  }
}
`, 'Remove the indicator `land`', `
duties township {
  duty party_building "Party building" basic
  duty land_enforcement "Penalties for illegal land use" returned
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  indicator party {
    duty   party_building
    weight 100
  }
}
`);
  });

  it('accepts basic and assist duties', () => {
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
    weight 50
  }
  indicator land {
    duty   farmland
    weight 50
  }
}
`);
  });
});
