import { checkDiagnostics } from '../support/check';

const ON = `//- /baton.config.json
{ "rules": { "added-indicator": "warning" } }`;

describe('added-indicator', () => {
  it('is off by default', () => {
    checkDiagnostics(`
plan city {
  indicator forest { weight 100 }
}
plan county {
  parent city
  indicator forest { weight 50 }
  indicator canvass { weight 50 }
}
`);
  });

  it('reports an indicator the parent plan does not have, on its name, when turned on', () => {
    checkDiagnostics(`
${ON}
//- /main.baton
plan city {
  indicator forest { weight 100 }
}
plan county {
  parent city
  indicator forest { weight 50 }
  indicator canvass { weight 50 }
//          ^^^^^^^ warning added-indicator: Indicator \`canvass\` has no counterpart in the parent plan \`city\` or any plan above it
}
`);
  });

  it('matches through refines, and through a plan above a parent that dropped the indicator', () => {
    checkDiagnostics(`
${ON}
//- /main.baton
plan province {
  indicator forest { weight 50 }
  indicator safety { weight 50 }
}
plan city {
  parent province
  indicator safety { weight 100 }
}
plan county {
  parent city
  indicator forest { weight 50 }
  indicator accidents { weight 50 refines safety }
}
`);
  });

  it('needs a resolved parent, and leaves an unresolved refines to unresolved-reference', () => {
    checkDiagnostics(`
${ON}
//- /main.baton
plan top {
  indicator canvass { weight 100 }
}
plan city {
  indicator forest { weight 100 }
}
plan county {
  parent city
  indicator forest { weight 50 }
  indicator accidents { weight 50 refines safety }
}
`, { disabled: ['unresolved-reference'] });
  });

  it('reads Chinese keywords with full-width punctuation across files, in Chinese', () => {
    checkDiagnostics(`
${ON}
//- /w/city.baton
方案 市 ｛
  指标 森林 ｛ 权重：100； ｝
｝
//- /w/county.baton
引用 “city.baton”
方案 县 ｛
  上级方案：市；
  指标 森林 ｛ 权重：50； ｝
  指标 招商引资 ｛ 权重：50； ｝
//     ^^^^^^^^ warning added-indicator: 指标“招商引资”在上级方案“市”及更上级方案中均无对应指标
｝
`, { locale: 'zh-CN' });
  });
});
