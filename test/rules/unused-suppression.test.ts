import { checkDiagnostics, checkFix } from '../support/check';

const QUIET = ['external-evaluation', 'no-long-term-indicator'];

describe('unused-suppression', () => {
  it('reports a directive that hides nothing', () => {
    checkDiagnostics(`
// baton-ignore weights-total -- bonus items
// <-------------------------------------------- warning unused-suppression: Unused suppression: no \`weights-total\` finding on the line it applies to
plan county {
  indicator a { weight 100 }
}
`, { disabled: QUIET });
  });

  it('reports a rule id that is not a Baton rule', () => {
    checkDiagnostics(`
plan county { // baton-ignore weight-total -- bonus items
//   ^^^^^^ warning weights-total: The indicator weights of plan \`county\` add up to 90, not 100
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unused-suppression: \`weight-total\` is not a Baton rule: this suppression hides nothing
  indicator a { weight 90 }
}
`, { disabled: QUIET });
  });

  it('reports the unused ids of a directive that is partly used, in Chinese', () => {
    checkDiagnostics(`
// baton-ignore weights-total、missing-duty —— 加分项另计
// <--------------------------------------------------------- warning unused-suppression: 多余的忽略指令：所指行没有“missing-duty”问题
方案 县 ｛
  指标 甲 ｛ 权重：90 ｝
｝
`, { locale: 'zh-CN', disabled: QUIET });
  });

  it('removes an unused directive with its line', () => {
    checkFix(`
// baton-ignore weights-total -- bonus <|>items
plan county {
  indicator a { weight 100 }
}
`, `
plan county {
  indicator a { weight 100 }
}
`, undefined, { disabled: QUIET });
  });

  it('removes an unused trailing directive and the blanks before it', () => {
    checkFix(`
plan county {   // baton-ignore no-such-rule -- <|>why not
  indicator a { weight 100 }
}
`, `
plan county {
  indicator a { weight 100 }
}
`, undefined, { disabled: QUIET });
  });

  it('keeps the ids that are used', () => {
    checkFix(`
// baton-ignore weights-total, missing-duty -- bonus <|>items
plan county {
  indicator a { weight 90 }
}
`, `
// baton-ignore weights-total -- bonus items
plan county {
  indicator a { weight 90 }
}
`, undefined, { disabled: QUIET });
  });
});
