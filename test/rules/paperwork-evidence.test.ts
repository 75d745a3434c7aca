import { checkDiagnostics, checkSuggestion } from '../support/check';

describe('paperwork-evidence', () => {
  it('reports an indicator checked by documents and photos only, on the method list', () => {
    checkDiagnostics(`
plan county {
  indicator land {
    weight 100
    method documents, photos
//         ^^^^^^^^^^^^^^^^^ warning paperwork-evidence: Indicator \`land\` is checked by paperwork only (\`documents\`, \`photos\`)
  }
}
`);
  });

  it('reports a single paperwork method', () => {
    checkDiagnostics(`
plan county {
  indicator a {
    weight 50
    method photos
//         ^^^^^^ warning paperwork-evidence: Indicator \`a\` is checked by paperwork only (\`photos\`)
  }
  indicator b {
    weight 50
    method documents
//         ^^^^^^^^^ warning paperwork-evidence: Indicator \`b\` is checked by paperwork only (\`documents\`)
  }
}
`);
  });

  it('accepts paperwork beside a real check, no method at all, or an unknown method', () => {
    checkDiagnostics(`
plan county {
  indicator a { weight 25 method documents, field }
  indicator b { weight 25 method photos, data }
  indicator c { weight 25 }
  indicator d { weight 25 method documents, screenshots }
}
`, { disabled: ['unknown-value'] });
  });

  it('reads Chinese values with 、 and full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 ｛
  指标 违法用地 ｛
    权重：100；
    考核方式：台账资料、照片截图；
//            ^^^^^^^^^^^^^^^^^^ warning paperwork-evidence: 指标“违法用地”仅以“台账资料”“照片截图”作为考核依据
  ｝
｝
`, { locale: 'zh-CN' });
  });

  it('suggests replacing photos with field checks', () => {
    checkSuggestion(`
plan county {
  indicator land {
    weight 100
    method documents, ph<|>otos
  }
}
`, 'Replace photos with field checks', `
plan county {
  indicator land {
    weight 100
    method documents, field
  }
}
`);
  });

  it('suggests replacing photos with field checks, in Chinese', () => {
    checkSuggestion(`
方案 县 ｛
  指标 违法用地 ｛
    权重：100；
    考核方式：照片截图<|>、台账资料；
  ｝
｝
`, 'Replace photos with field checks', `
方案 县 ｛
  指标 违法用地 ｛
    权重：100；
    考核方式：实地核查、台账资料；
  ｝
｝
`);
  });

  it('suggests adding field checks to documents', () => {
    checkSuggestion(`
方案 县 {
  指标 台账 {
    权重 100
    考核方式 台账<|>资料
  }
}
`, 'Add field checks', `
方案 县 {
  指标 台账 {
    权重 100
    考核方式 台账资料、实地核查
  }
}
`);
  });
});
