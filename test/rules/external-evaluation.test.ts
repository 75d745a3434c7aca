import { checkDiagnostics } from '../support/check';

const INCLUDE = { include: ['external-evaluation'] };

describe('external-evaluation', () => {
  it('reports a plan without public evaluation, once, on its name', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ info external-evaluation: Public evaluation (\`survey\`) carries 0% of plan \`county\`'s total, less than 10%
  indicator forest { weight 60 method field }
  indicator safety { weight 40 method data }
}
`);
  });

  it('reports a share below 10%, counting the whole weight of an indicator that uses survey', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ info external-evaluation: Public evaluation (\`survey\`) carries 5% of plan \`county\`'s total, less than 10%
  indicator forest { weight 95 method field }
  indicator service { weight 5 method field, survey }
}
`);
  });

  it('accepts 10% or more, and plans without indicators', () => {
    checkDiagnostics(`
plan county {
  indicator forest { weight 90 method field }
  indicator service { weight 10 method survey }
}
plan city {
  total 1000
  indicator forest { weight 700 method field }
  indicator service { weight 300 method survey, review }
}
plan empty {
}
`, INCLUDE);
  });

  it('reads Chinese values with full-width punctuation, in Chinese, against the plan total', () => {
    checkDiagnostics(`
方案 县 ｛
//   ^^ info external-evaluation: 方案“县”中采用群众评议的指标权重占总分的 8.3%，低于 10% 的下限
  总分：1200；
  指标 森林 ｛ 权重：1100； 考核方式：实地核查； ｝
  指标 服务 ｛ 权重：100； 考核方式：群众评议、数据比对； ｝
｝
`, { locale: 'zh-CN' });
  });

  it('accepts Chinese plans with enough public evaluation', () => {
    checkDiagnostics(`
方案 县 ｛
  指标 森林 ｛ 权重：70； 考核方式：实地核查； ｝
  指标 服务 ｛ 权重：30； 考核方式：群众评议； ｝
｝
`, INCLUDE);
  });

  it('takes the minimum from baton.config.json', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "minExternalWeight": 30 }
//- /a/county.baton
plan county {
//   ^^^^^^ info external-evaluation: Public evaluation (\`survey\`) carries 20% of plan \`county\`'s total, less than 30%
  indicator forest { weight 80 method field }
  indicator service { weight 20 method survey }
}
//- /b/baton.config.json
{ "minExternalWeight": 0 }
//- /b/county.baton
plan other {
  indicator forest { weight 100 method field }
}
`);
  });
});
