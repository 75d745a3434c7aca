import { checkDiagnostics, checkFix } from '../support/check';

describe('frequency-too-high', () => {
  it('reports a monthly check as a warning on the frequency value', () => {
    checkDiagnostics(`
plan county {
  indicator forest {
    weight 100
    frequency monthly
//            ^^^^^^^ warning frequency-too-high: Indicator \`forest\` is checked \`monthly\` (12 times a year), more often than the maximum \`quarterly\` (4)
  }
}
`);
  });

  it('reports weekly and daily checks as errors', () => {
    checkDiagnostics(`
plan county {
  indicator a {
    weight 50
    frequency weekly
//            ^^^^^^ error frequency-too-high: Indicator \`a\` is checked \`weekly\` (52 times a year), more often than the maximum \`quarterly\` (4)
  }
  indicator b {
    weight 50
    frequency daily
//            ^^^^^ error frequency-too-high: Indicator \`b\` is checked \`daily\` (365 times a year), more often than the maximum \`quarterly\` (4)
  }
}
`);
  });

  it('accepts quarterly, half-yearly, yearly and a missing frequency', () => {
    checkDiagnostics(`
plan county {
  indicator a { weight 25 frequency quarterly }
  indicator b { weight 25 frequency half-yearly }
  indicator c { weight 25 frequency yearly }
  indicator d { weight 25 }
}
`);
  });

  it('reads Chinese values with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 ｛
  指标 森林 ｛
    权重：100；
    频次：每周；
//        ^^^^ error frequency-too-high: 指标“森林”的检查频次为“每周”（每年 52 次），高于上限“每季度”（每年 4 次）
  ｝
｝
`, { locale: 'zh-CN' });
  });

  it('reads the alternative Chinese spelling of a value', () => {
    checkDiagnostics(`
方案 县 {
  指标 森林 {
    权重 100
    频次 月度
//       ^^^^ warning frequency-too-high: 指标“森林”的检查频次为“月度”（每年 12 次），高于上限“每季度”（每年 4 次）
  }
}
`, { locale: 'zh-CN' });
  });

  it('takes the maximum from baton.config.json', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "maxFrequency": "half-yearly" }
//- /w/county.baton
plan county {
  indicator a {
    weight 50
    frequency quarterly
//            ^^^^^^^^^ warning frequency-too-high: Indicator \`a\` is checked \`quarterly\` (4 times a year), more often than the maximum \`half-yearly\` (2)
  }
  indicator b {
    weight 50
    frequency half-yearly
  }
}
`);
  });

  it('allows monthly checks when the config says so, and keeps daily ones an error', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "maxFrequency": "每月" }
//- /county.baton
方案 县 {
  指标 甲 { 权重 50 频次 每月 }
  指标 乙 { 权重 50 频次 每日 }
//                       ^^^^ error frequency-too-high: Indicator \`乙\` is checked \`每日\` (365 times a year), more often than the maximum \`每月\` (12)
}
`);
  });

  it('leaves an unknown frequency to unknown-value', () => {
    checkDiagnostics(`
plan county {
  indicator a {
    weight 100
    frequency hourly
  }
}
`, { disabled: ['unknown-value'] });
  });

  it('lowers the frequency to the maximum', () => {
    checkFix(`
plan county {
  indicator forest {
    weight 100
    frequency mon<|>thly
  }
}
`, `
plan county {
  indicator forest {
    weight 100
    frequency quarterly
  }
}
`);
  });

  it("lowers the frequency in the file's language to the configured maximum", () => {
    checkFix(`
//- /baton.config.json
{ "maxFrequency": "yearly" }
//- /county.baton
方案 县 ｛
  指标 森林 ｛ 权重：100； 频次：每<|>周； ｝
｝
`, `
//- /county.baton
方案 县 ｛
  指标 森林 ｛ 权重：100； 频次：每年； ｝
｝
`);
  });
});
