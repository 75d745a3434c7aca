import { checkDiagnostics } from '../support/check';

const QUIET = ['external-evaluation', 'no-long-term-indicator'];

describe('suppression-without-reason', () => {
  it('reports a directive without `--` and hides nothing', () => {
    checkDiagnostics(`
// baton-ignore weights-total
// <----------------------------- warning suppression-without-reason: A \`baton-ignore\` directive needs a reason after \`--\`; it hides nothing until it has one
plan county {
//   ^^^^^^ warning weights-total: The indicator weights of plan \`county\` add up to 90, not 100
  indicator a { weight 90 }
}
`, { disabled: QUIET });
  });

  it('reports an empty reason after `--`, trailing code too', () => {
    checkDiagnostics(`
plan county { // baton-ignore weights-total --
//   ^^^^^^ warning weights-total: The indicator weights of plan \`county\` add up to 90, not 100
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning suppression-without-reason: A \`baton-ignore\` directive needs a reason after \`--\`; it hides nothing until it has one
  indicator a { weight 90 }
}
`, { disabled: QUIET });
  });

  it('gives the message in Chinese, with the Chinese dash', () => {
    checkDiagnostics(`
// baton-ignore weights-total ——
// <-------------------------------- warning suppression-without-reason: “baton-ignore”指令须在“--”后写明理由；未写理由时不生效
方案 县 ｛
//   ^^ warning weights-total: 方案“县”各指标权重之和为 90，不等于总分 100
  指标 甲 ｛ 权重：90 ｝
｝
`, { locale: 'zh-CN', disabled: QUIET });
  });

  it('accepts a directive with a reason, in either dash', () => {
    checkDiagnostics(`
// baton-ignore weights-total -- bonus items are scored on top of the 100 points
plan county {
  indicator a { weight 90 }
}
// baton-ignore weights-total —— 加分项另计
方案 县 ｛
  指标 甲 ｛ 权重：90 ｝
｝
`, { disabled: QUIET });
  });
});
