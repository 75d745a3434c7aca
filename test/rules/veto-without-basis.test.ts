import { checkDiagnostics, checkSuggestion } from '../support/check';

describe('veto-without-basis', () => {
  it('reports a veto with no basis, on the keyword', () => {
    checkDiagnostics(`
plan county {
  indicator safety {
    weight 100
    veto
//  ^^^^ warning veto-without-basis: The veto on indicator \`safety\` cites no legal basis
  }
}
`);
  });

  it('reports an empty or blank basis', () => {
    checkDiagnostics(`
plan county {
  indicator a {
    weight 50
    veto ""
//  ^^^^ warning veto-without-basis: The veto on indicator \`a\` cites no legal basis
  }
  indicator b {
    weight 50
    veto “　 ”
//  ^^^^ warning veto-without-basis: The veto on indicator \`b\` cites no legal basis
  }
}
`, { disabled: ['veto-count'] });
  });

  it('accepts a veto that cites its basis', () => {
    checkDiagnostics(`
plan county {
  indicator safety {
    weight 100
    veto "Work Safety Law, art. 3"
  }
}
方案 县 {
  指标 安全 {
    权重 100
    一票否决 “《中华人民共和国安全生产法》”
  }
}
`);
  });

  it('reads Chinese keywords with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 ｛
  指标 安全 ｛
    权重：100；
    一票否决；
//  ^^^^^^^^ warning veto-without-basis: 指标“安全”设置一票否决，未注明法律法规依据
  ｝
｝
`, { locale: 'zh-CN' });
  });

  it('suggests a basis placeholder in English', () => {
    checkSuggestion(`
plan county {
  indicator safety {
    weight 100
    ve<|>to
  }
}
`, 'Add a basis placeholder to fill in', `
plan county {
  indicator safety {
    weight 100
    veto "Basis: (name the law or regulation and its article)"
  }
}
`);
  });

  it('suggests a placeholder in Chinese after the full-width colon, in the quotes the file uses', () => {
    checkSuggestion(`
方案 县 “某县考核方案” ｛
  指标 安全 ｛
    权重：100；
    一票<|>否决：；
  ｝
｝
`, 'Add a basis placeholder to fill in', `
方案 县 “某县考核方案” ｛
  指标 安全 ｛
    权重：100；
    一票否决：“依据：（请填写法律法规名称及条款）”；
  ｝
｝
`);
  });

  it('replaces an empty basis, keeping ASCII quotes in a Chinese file that uses them', () => {
    checkSuggestion(`
方案 县 "某县考核方案" {
  指标 安全 {
    权重 100
    一票<|>否决 ""
  }
}
`, 'Add a basis placeholder to fill in', `
方案 县 "某县考核方案" {
  指标 安全 {
    权重 100
    一票否决 "依据：（请填写法律法规名称及条款）"
  }
}
`);
  });
});
