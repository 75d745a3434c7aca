import { checkDiagnostics } from '../support/check';

const QUIET = ['external-evaluation', 'no-long-term-indicator'];

describe('weights-total', () => {
  it('reports weights that do not add up to 100, once, on the plan name', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ warning weights-total: The indicator weights of plan \`county\` add up to 90, not 100
  indicator a {
    weight 60
  }
  indicator b {
    weight 30
  }
}
`, { disabled: QUIET });
  });

  it('counts a missing weight as 0 and says how many are missing', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ warning weights-total: The indicator weights of plan \`county\` add up to 70, not 100 (2 indicators have no weight)
  indicator a {
    weight 70
  }
  indicator b {
  }
  indicator c {
  }
}
`, { disabled: QUIET });
  });

  it('compares with the plan total, in Chinese with full-width punctuation', () => {
    checkDiagnostics(`
方案 县 ｛
//   ^^ warning weights-total: 方案“县”各指标权重之和为 100.5，不等于总分 1000（1 项指标未设权重）
  总分：1000；
  指标 甲 ｛ 权重：99.5； ｝
  指标 乙 ｛ 权重：1； ｝
  指标 丙 ｛ ｝
｝
`, { locale: 'zh-CN', disabled: QUIET });
  });

  it('accepts weights that add up to the total, decimals included', () => {
    checkDiagnostics(`
方案 县 {
  总分 1
  指标 甲 { 权重 0.1 }
  指标 乙 { 权重 0.2 }
  指标 丙 { 权重 0.7 }
}
plan city {
  indicator a {
    weight 100
  }
}
`, { disabled: QUIET });
  });

  it('leaves a weight or total without a number to the syntax error', () => {
    checkDiagnostics(`
plan county {
  indicator a { weight 60 }
  indicator b { weight }
//                     ^ error syntax: Expected a number, but found \`}\`
}
plan city {
  total
  indicator a { weight 60 }
//^^^^^^^^^ error syntax: Expected a number, but found \`indicator\`
}
`, { disabled: QUIET });
  });

  it('needs at least one indicator', () => {
    checkDiagnostics(`
plan empty {
  total 100
}
`);
  });

  it('reports each plan in its own file', () => {
    checkDiagnostics(`
//- /w/a.baton
plan a {
//   ^ warning weights-total: The indicator weights of plan \`a\` add up to 120, not 100
  indicator x { weight 60 }
  indicator y { weight 60 }
}
//- /w/b.baton
import "a.baton"
plan b {
//   ^ warning weights-total: The indicator weights of plan \`b\` add up to 0, not 100 (1 indicator has no weight)
  indicator x { }
}
`, { disabled: QUIET });
  });
});
