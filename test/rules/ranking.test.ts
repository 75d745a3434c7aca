import { checkDiagnostics, checkSuggestion } from '../support/check';

describe('ranking', () => {
  it('reports a ranking on its keyword, as an info', () => {
    checkDiagnostics(`
plan county {
  indicator investment {
    weight 100
    ranking
//  ^^^^^^^ info ranking: Indicator \`investment\` ranks the units against each other
  }
}
`);
  });

  it('accepts indicators without a ranking', () => {
    checkDiagnostics(`
plan county {
  indicator investment {
    weight 100
    target >= 10 "million yuan"
  }
}
`);
  });

  it('reads Chinese keywords with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 ｛
  指标 招商引资 ｛ 权重：100； 排名； ｝
//                             ^^^^ info ranking: 指标“招商引资”对被考核单位进行排名
｝
`, { locale: 'zh-CN' });
  });

  it('follows the configured severity', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "rules": { "ranking": "warning" } }
//- /main.baton
plan county {
  indicator investment { weight 100 ranking }
//                                  ^^^^^^^ warning ranking: Indicator \`investment\` ranks the units against each other
}
//- /off/baton.config.json
{ "rules": { "ranking": "off" } }
//- /off/main.baton
plan city {
  indicator investment { weight 100 ranking }
}
`);
  });

  it('suggests removing the line', () => {
    checkSuggestion(`
plan county {
  indicator investment {
    weight 100
    rank<|>ing
  }
}
`, 'Remove the ranking', `
plan county {
  indicator investment {
    weight 100
  }
}
`);
  });

  it('removes only the keyword when it shares the line', () => {
    checkSuggestion(`
方案 县 ｛
  指标 招商引资 ｛ 权重：100； 排<|>名； ｝
｝
`, 'Remove the ranking', `
方案 县 ｛
  指标 招商引资 ｛ 权重：100； ｝
｝
`);
  });
});
