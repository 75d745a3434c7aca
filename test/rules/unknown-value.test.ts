import assert from 'node:assert/strict';
import { checkDiagnostics, checkFix, checkSuggestion, lintFixture } from '../support/check';

const QUIET = ['external-evaluation', 'no-long-term-indicator'];

describe('unknown-value', () => {
  it('reports an unknown frequency with every spelling of the set', () => {
    checkDiagnostics(`
plan p {
  indicator a {
    weight 100
    frequency quartely
//            ^^^^^^^^ error unknown-value: Unknown frequency \`quartely\`; expected one of yearly, half-yearly, quarterly, monthly, weekly, daily (每年, 年度, 每半年, 半年, 每季度, 季度, 每月, 月度, 每周, 每日)
  }
}
`, { disabled: QUIET });
  });

  it('reports unknown values of every set, in Chinese with full-width punctuation', () => {
    checkDiagnostics(`
职责清单 清单 ｛
  职责 甲 “某项职责” 基础
//                   ^^^^ error unknown-value: 职责类型“基础”无效，应为以下之一：基本、配合、收回（basic、assist、returned）
｝
检查主体 环境局 “县生态环境局” 线
//                             ^^ error unknown-value: 检查主体类型“线”无效，应为以下之一：条、块（line、block）
方案 县 ｛
  层级：县城
//      ^^^^ error unknown-value: 层级“县城”无效，应为以下之一：省、市、县、乡镇、街道、村（province、city、county、township、village）
  考核对象：社区
//          ^^^^ error unknown-value: 层级“社区”无效，应为以下之一：省、市、县、乡镇、街道、村（province、city、county、township、village）
  检查主体 应急局 “县应急管理局” 横
//                               ^^ error unknown-value: 检查主体类型“横”无效，应为以下之一：条、块（line、block）
  指标 乙 ｛
    权重：100；
    考核方式：实地核查、现场查看
//                      ^^^^^^^^ error unknown-value: 考核方式“现场查看”无效，应为以下之一：实地核查、数据比对、群众评议、述职评议、台账资料、照片截图（field、data、survey、review、documents、photos）
    时效：中期
//        ^^^^ error unknown-value: 时效“中期”无效，应为以下之一：短期、长期（short、long）
  ｝
｝
`, { locale: 'zh-CN', disabled: QUIET });
  });

  it('accepts every spelling of every set, and mixed-language values', () => {
    checkDiagnostics(`
duties list {
  duty a basic
  duty b 配合
  duty c returned
}
inspector x "X" line
inspector y "Y" 块
plan p {
  level county
  assesses 街道
  indicator a {
    weight 50
    frequency 年度
    method field, 数据比对、survey, review, documents, photos
    horizon long
  }
  indicator b {
    weight 50
    frequency half-yearly
    horizon 短期
  }
}
`, { disabled: QUIET });
  });

  it('fixes an English typo with the one close value', () => {
    checkFix(`
plan p {
  indicator a {
    weight 100
    frequency quar<|>tely
  }
}
`, `
plan p {
  indicator a {
    weight 100
    frequency quarterly
  }
}
`, undefined, { disabled: QUIET });
  });

  it('fixes a capitalised value', () => {
    checkFix(`
plan p {
  level Cou<|>nty
}
`, `
plan p {
  level county
}
`);
  });

  it('fixes a Chinese typo with the closest Chinese spelling, in a Chinese file', () => {
    checkFix(`
方案 县 ｛
  指标 甲 ｛
    权重 100
    频次 季<|>渡
  ｝
｝
`, `
方案 县 ｛
  指标 甲 ｛
    权重 100
    频次 季度
  ｝
｝
`, undefined, { disabled: QUIET });
  });

  it('fixes one item of a method list', () => {
    checkFix(`
方案 县 {
  指标 甲 {
    权重 100
    考核方式 数据比对、实地<|>核察
  }
}
`, `
方案 县 {
  指标 甲 {
    权重 100
    考核方式 数据比对、实地核查
  }
}
`, undefined, { disabled: QUIET });
  });

  it('offers suggestions, not a fix, when several values are close', () => {
    checkDiagnostics(`
方案 县 {
  指标 甲 {
    权重 100
    频次 每天
//       ^^^^ error unknown-value: Unknown frequency \`每天\`; expected one of yearly, half-yearly, quarterly, monthly, weekly, daily (每年, 年度, 每半年, 半年, 每季度, 季度, 每月, 月度, 每周, 每日)
  }
}
`, { disabled: QUIET });
    checkSuggestion(`
方案 县 {
  指标 甲 {
    权重 100
    频次 每<|>天
  }
}
`, 'Change to `每日`', `
方案 县 {
  指标 甲 {
    权重 100
    频次 每日
  }
}
`, { disabled: QUIET });
  });

  it('has no fix and no suggestion when nothing is close', () => {
    const { diagnostics } = lintFixture(`
plan p {
  indicator a {
    weight 100
    horizon forever
  }
}
`, { disabled: QUIET });
    const found = diagnostics.filter((d) => d.ruleId === 'unknown-value');
    assert.equal(found.length, 1);
    assert.equal(found[0].message.en, 'Unknown horizon `forever`; expected one of short, long (短期, 长期)');
    assert.equal(found[0].fix, undefined);
    assert.deepEqual(found[0].suggestions, []);
  });
});
