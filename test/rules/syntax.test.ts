import { checkDiagnostics, checkFix, checkSuggestion } from '../support/check';

describe('syntax', () => {
  it('reports a misspelt keyword once and suggests the keyword', () => {
    checkDiagnostics(`
plan p {
  indicator a {
    targt >= 30 %
//  ^^^^^^^^^^^^^ error syntax: Unexpected \`targt\`: expected an indicator property such as \`target\`, \`weight\` or \`frequency\`
    weight 100
  }
}
`, { disabled: ['external-evaluation', 'no-long-term-indicator'] });
  });

  it('suggests the closest keyword', () => {
    checkSuggestion(`
plan p {
  indicator a {
    ta<|>rgt >= 30 %
    weight 100
  }
}
`, 'Change to `target`', `
plan p {
  indicator a {
    target >= 30 %
    weight 100
  }
}
`);
  });

  it('reports a keyword run into its value and parses on as if the space were there', () => {
    checkDiagnostics(`
方案 p {
  指标 a {
    权重100
//  ^^^^^^^ error syntax: \`权重100\` runs the keyword \`权重\` into \`100\`: put a space between them
  }
}
`, { disabled: ['external-evaluation', 'no-long-term-indicator'] });
  });

  it('inserts the missing space', () => {
    checkFix(`
方案 p {
  指标 a {
    权<|>重100
  }
}
`, `
方案 p {
  指标 a {
    权重 100
  }
}
`);
  });

  it('reports a missing closing brace at the end of the file', () => {
    checkDiagnostics(`
plan p {
  indicator a {
    weight 100
//            ^ error syntax: Expected \`}\`, but found the end of the file
`, { disabled: ['external-evaluation', 'no-long-term-indicator'] });
  });

  it('gives the message in Chinese', () => {
    checkDiagnostics(`
方案 p {
  指标 a {
    目标 “达标
//       ^^^^^ error syntax: 字符串未结束：引号须在同一行内闭合
    权重 100
  }
}
`, { locale: 'zh-CN', disabled: ['external-evaluation', 'no-long-term-indicator'] });
  });
});

describe('syntax: common slips in real plans', () => {
  it('parses a numeric target without a comparator, reports it once, and analyses the rest', () => {
    checkDiagnostics(`
方案 p {
  指标 a {
    目标 100%
//       ^^^^ error syntax: A numeric target needs a comparator: \`>=\`, \`<=\` or \`=\` (also \`≥\`, \`≤\`, \`＝\`)
    权重 60
  }
  指标 b {
    权重 40
  }
}
`);
  });

  it('suggests inserting the comparator', () => {
    checkSuggestion(`
方案 p {
  指标 a {
    目标 <|>100%
    权重 100
  }
}
`, 'Insert `≥`', `
方案 p {
  指标 a {
    目标 ≥ 100%
    权重 100
  }
}
`);
  });

  it('accepts a colon after the flags', () => {
    checkDiagnostics(`
方案 p {
  指标 a {
    权重：100
    排名：
    责任书：
  }
}
`, { disabled: ['pledge-count', 'ranking'] });
  });

  it('suggests a space in an English keyword run into its number', () => {
    checkSuggestion(`
plan p {
  indicator a {
    weight<|>100
  }
}
`, 'Insert a space after `weight`', `
plan p {
  indicator a {
    weight 100
  }
}
`);
  });
});

describe('syntax: misspelt block keywords and unquoted text', () => {
  it('reports a misspelt `indicator` once and still checks that block and the rest of the plan', () => {
    checkDiagnostics(`
plan p {
  indicatr x "X" {
//^^^^^^^^^^^^^^ error syntax: Unexpected \`indicatr\`: expected a plan property, \`inspector\` or \`indicator\`
    weight 50
    frequency quartely
//            ^^^^^^^^ error unknown-value: Unknown frequency \`quartely\`; expected one of yearly, half-yearly, quarterly, monthly, weekly, daily (每年, 年度, 每半年, 半年, 每季度, 季度, 每月, 月度, 每周, 每日)
  }
  indicator y {
    weight 50
    frequency 每月
//            ^^^^ warning frequency-too-high: Indicator \`y\` is checked \`每月\` (12 times a year), more often than the maximum \`quarterly\` (4)
  }
}
`);
  });

  it('suggests the keyword for a misspelt `plan` and checks the plan behind it', () => {
    checkSuggestion(`
pl<|>n p "P" {
  indicator a { weight 100 }
}
`, 'Change to `plan`', `
plan p "P" {
  indicator a { weight 100 }
}
`);
  });

  it("reports an unquoted text target and quotes it in the file's style", () => {
    checkFix(`
方案 p {
  指标 a {
    目标 全部<|>整治销号
    权重 100
  }
}
`, `
方案 p {
  指标 a {
    目标 “全部整治销号”
    权重 100
  }
}
`);
  });
});
