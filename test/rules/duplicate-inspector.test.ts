import { checkDiagnostics, checkSuggestion } from '../support/check';

describe('duplicate-inspector', () => {
  it('reports the second of two inspectors on one line, once (Chinese keywords)', () => {
    checkDiagnostics(`
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  辖区     "某县"
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 应急局 "县应急管理局" 条
  检查主体 督查室 "县委县政府督查室" 块
  指标 accidents {
    职责     安全生产
    权重     100
    检查主体 应急局、督查室
//                   ^^^^^^ warning duplicate-inspector: \`县委县政府督查室\` checks \`落实属地安全生产监管责任\` again: \`县应急管理局\` already checks it in plan \`县2025\`, and neither recognizes the other's results
  }
}
`);
  });

  it('gives the message in Chinese', () => {
    checkDiagnostics(`
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 应急局 "县应急管理局" 条
  检查主体 督查室 "县委县政府督查室" 块
  指标 accidents {
    职责     安全生产
    权重     100
    检查主体 应急局、督查室
//                   ^^^^^^ warning duplicate-inspector: “县委县政府督查室”重复检查“落实属地安全生产监管责任”：“县应急管理局”已在方案“县2025”中检查该事项，且双方未互认结果
  }
}
`, { locale: 'zh-CN' });
  });

  it('reports inspectors of one duty across indicators of a plan (English keywords)', () => {
    checkDiagnostics(`
duties township {
  duty work_safety "Local work safety" basic
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  inspector emergency "County emergency management bureau" line
  inspector office "County supervision office" block
  indicator accidents {
    duty      work_safety
    weight    60
    inspector emergency
  }
  indicator fire_drills {
    duty      work_safety
    weight    40
    inspector office
//            ^^^^^^ warning duplicate-inspector: \`County supervision office\` checks \`Local work safety\` again: \`County emergency management bureau\` already checks it in plan \`county_2025\`, and neither recognizes the other's results
  }
}
`);
  });

  it('reports across the plans of a group, keeping the inspector of the first file in path order', () => {
    checkDiagnostics(`
//- /a-county.baton
import "duties.baton"
import "inspectors.baton"
plan county_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  indicator accidents {
    duty      work_safety
    weight    100
    inspector emergency
  }
}
//- /b-safety.baton
import "duties.baton"
import "inspectors.baton"
plan safety_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  indicator fire_drills {
    duty      work_safety
    weight    100
    inspector office
//            ^^^^^^ warning duplicate-inspector: \`County supervision office\` checks \`Local work safety\` again: \`County emergency management bureau\` already checks it in plan \`county_2025\`, and neither recognizes the other's results
  }
}
//- /duties.baton
duties township {
  duty work_safety "Local work safety" basic
}
//- /inspectors.baton
inspector emergency "County emergency management bureau" line
inspector office "County supervision office" block
`);
  });

  it('does not compare plans of different regions', () => {
    checkDiagnostics(`
//- /a.baton
import "shared.baton"
plan county_a {
  region   "County A"
  level    county
  assesses township
  period   2025
  duties   township
  indicator accidents {
    duty      work_safety
    weight    100
    inspector emergency
  }
}
//- /b.baton
import "shared.baton"
plan county_b {
  region   "County B"
  level    county
  assesses township
  period   2025
  duties   township
  indicator accidents {
    duty      work_safety
    weight    100
    inspector office
  }
}
//- /shared.baton
duties township {
  duty work_safety "Local work safety" basic
}
inspector emergency "County emergency management bureau" line
inspector office "County supervision office" block
`);
  });

  it('is silenced when one inspector recognizes the other', () => {
    checkDiagnostics(`
duties township {
  duty work_safety "Local work safety" basic
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  inspector emergency "County emergency management bureau" line
  inspector office "County supervision office" block recognizes emergency
  indicator accidents {
    duty      work_safety
    weight    100
    inspector emergency, office
  }
}
`);
  });

  it('drops only the inspectors that recognize another: with three, the rest after the first are duplicates', () => {
    checkDiagnostics(`
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 应急局 "县应急管理局" 条
  检查主体 消防队 "县消防救援大队" 条
  检查主体 督查室 "县委县政府督查室" 块 互认 应急局
  指标 accidents {
    职责     安全生产
    权重     100
    检查主体 督查室、应急局、消防队
//                           ^^^^^^ warning duplicate-inspector: \`县消防救援大队\` checks \`落实属地安全生产监管责任\` again: \`县应急管理局\` already checks it in plan \`县2025\`, and neither recognizes the other's results
  }
}
`);
  });

  it('treats recognition as one-way among three inspectors', () => {
    // 消防队 recognizes 应急局 only: it is dropped; 应急局 and 督查室 remain, and 督查室 is the duplicate.
    checkDiagnostics(`
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 应急局 "县应急管理局" 条
  检查主体 消防队 "县消防救援大队" 条 互认 应急局
  检查主体 督查室 "县委县政府督查室" 块
  指标 accidents {
    职责     安全生产
    权重     100
    检查主体 应急局、消防队、督查室
//                           ^^^^^^ warning duplicate-inspector: \`县委县政府督查室\` checks \`落实属地安全生产监管责任\` again: \`县应急管理局\` already checks it in plan \`县2025\`, and neither recognizes the other's results
  }
}
`);
  });

  it('counts the same department declared twice as one inspector', () => {
    checkDiagnostics(`
//- /a.baton
import "duties.baton"
plan county_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  inspector emergency "County emergency management bureau" line
  indicator accidents {
    duty      work_safety
    weight    100
    inspector emergency
  }
}
//- /b.baton
import "duties.baton"
plan safety_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  inspector safety_bureau "County emergency management bureau" line
  indicator fire_drills {
    duty      work_safety
    weight    100
    inspector safety_bureau
  }
}
//- /duties.baton
duties township {
  duty work_safety "Local work safety" basic
}
`, { disabled: ['inspector-visits'] });
  });

  it('treats an indicator without a duty as its own matter', () => {
    checkDiagnostics(`
plan county_2025 {
  level    county
  assesses township
  period   2025
  inspector emergency "County emergency management bureau" line
  inspector office "County supervision office" block
  indicator accidents "Serious accidents" {
    weight    50
    inspector emergency, office
//                       ^^^^^^ warning duplicate-inspector: \`County supervision office\` checks \`Serious accidents\` again: \`County emergency management bureau\` already checks it in plan \`county_2025\`, and neither recognizes the other's results
  }
  indicator fire_drills {
    weight    50
    inspector office
  }
}
`);
  });

  it('accepts full-width punctuation', () => {
    checkDiagnostics(`
职责清单 乡镇职责 ｛
  职责 安全生产 “落实属地安全生产监管责任” 基本；
｝
方案 县2025 ｛
  层级：县；
  考核对象：乡镇；
  考核年度：2025；
  职责清单：乡镇职责；
  检查主体 应急局 “县应急管理局” 条；
  检查主体 督查室 “县委县政府督查室” 块；
  指标 accidents ｛
    职责：安全生产；
    权重：100；
    检查主体：应急局，督查室；
//                    ^^^^^^ warning duplicate-inspector: \`县委县政府督查室\` checks \`落实属地安全生产监管责任\` again: \`县应急管理局\` already checks it in plan \`县2025\`, and neither recognizes the other's results
  ｝
｝
`);
  });

  it('keeps one inspector: removes the duplicate from the list', () => {
    checkSuggestion(`
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 应急局 "县应急管理局" 条
  检查主体 督查室 "县委县政府督查室" 块
  指标 accidents {
    职责     安全生产
    权重     100
    检查主体 应急局、督<|>查室
  }
}
`, 'Remove `督查室` and keep `应急局`', `
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 应急局 "县应急管理局" 条
  检查主体 督查室 "县委县政府督查室" 块
  指标 accidents {
    职责     安全生产
    权重     100
    检查主体 应急局
  }
}
`);
  });

  it('keeps one inspector: removes the whole inspector line when it names only the duplicate', () => {
    checkSuggestion(`
duties township {
  duty work_safety "Local work safety" basic
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  inspector emergency "County emergency management bureau" line
  inspector office "County supervision office" block
  indicator accidents {
    duty      work_safety
    weight    60
    inspector emergency
  }
  indicator fire_drills {
    duty      work_safety
    weight    40
    inspector off<|>ice
  }
}
`, 'Remove `office` and keep `emergency`', `
duties township {
  duty work_safety "Local work safety" basic
}

plan county_2025 {
  level    county
  assesses township
  period   2025
  duties   township
  inspector emergency "County emergency management bureau" line
  inspector office "County supervision office" block
  indicator accidents {
    duty      work_safety
    weight    60
    inspector emergency
  }
  indicator fire_drills {
    duty      work_safety
    weight    40
  }
}
`);
  });

  it('adds recognizes to the duplicate inspector\'s declaration in its own file', () => {
    checkSuggestion(`
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 应急局 "县应急管理局" 条
  检查主体 督查室 "县委县政府督查室" 块
  指标 accidents {
    职责     安全生产
    权重     100
    检查主体 应急局、督<|>查室
  }
}
`, 'Add `recognizes 应急局` to `督查室`', `
职责清单 乡镇职责 {
  职责 安全生产 "落实属地安全生产监管责任" 基本
}

方案 县2025 {
  层级     县
  考核对象 乡镇
  考核年度 2025
  职责清单 乡镇职责
  检查主体 应急局 "县应急管理局" 条
  检查主体 督查室 "县委县政府督查室" 块 互认 应急局
  指标 accidents {
    职责     安全生产
    权重     100
    检查主体 应急局、督查室
  }
}
`);
  });

  it('adds recognizes to a declaration in another file, appending to its list', () => {
    checkSuggestion(`
//- /a-county.baton
import "shared.baton"
plan county_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  indicator accidents {
    duty      work_safety
    weight    100
    inspector emergency
  }
}
//- /b-safety.baton
import "shared.baton"
plan safety_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  indicator fire_drills {
    duty      work_safety
    weight    100
    inspector off<|>ice
  }
}
//- /shared.baton
duties township {
  duty work_safety "Local work safety" basic
  duty fire "Fire safety" basic
}
inspector emergency "County emergency management bureau" line
inspector brigade "County fire brigade" line
inspector office "County supervision office" block recognizes brigade
`, 'Add `recognizes emergency` to `office`', `
//- /a-county.baton
import "shared.baton"
plan county_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  indicator accidents {
    duty      work_safety
    weight    100
    inspector emergency
  }
}
//- /b-safety.baton
import "shared.baton"
plan safety_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  indicator fire_drills {
    duty      work_safety
    weight    100
    inspector office
  }
}
//- /shared.baton
duties township {
  duty work_safety "Local work safety" basic
  duty fire "Fire safety" basic
}
inspector emergency "County emergency management bureau" line
inspector brigade "County fire brigade" line
inspector office "County supervision office" block recognizes brigade, emergency
`);
  });

  it('writes recognizes under a name visible from the declaration that means the kept department', () => {
    checkSuggestion(`
//- /a-county.baton
import "shared.baton"
plan county_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  inspector emergency "County emergency management bureau" line
  indicator accidents {
    duty      work_safety
    weight    100
    inspector emergency
  }
}
//- /b-safety.baton
import "shared.baton"
plan safety_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  indicator fire_drills {
    duty      work_safety
    weight    100
    inspector off<|>ice
  }
}
//- /shared.baton
duties township {
  duty work_safety "Local work safety" basic
}
inspector safety_bureau "County emergency management bureau" line
inspector office "County supervision office" block
`, 'Add `recognizes safety_bureau` to `office`', `
//- /a-county.baton
import "shared.baton"
plan county_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  inspector emergency "County emergency management bureau" line
  indicator accidents {
    duty      work_safety
    weight    100
    inspector emergency
  }
}
//- /b-safety.baton
import "shared.baton"
plan safety_2025 {
  region   "Some county"
  level    county
  assesses township
  period   2025
  duties   township
  indicator fire_drills {
    duty      work_safety
    weight    100
    inspector office
  }
}
//- /shared.baton
duties township {
  duty work_safety "Local work safety" basic
}
inspector safety_bureau "County emergency management bureau" line
inspector office "County supervision office" block recognizes safety_bureau
`);
  });
});
