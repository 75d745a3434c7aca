import { checkDiagnostics } from '../support/check';

const INCLUDE = { include: ['no-long-term-indicator'] };

describe('no-long-term-indicator', () => {
  it('reports a plan with no long-term indicator, once, on its name', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ info no-long-term-indicator: Plan \`county\` has no indicator of long-term results (\`horizon long\`)
  indicator investment { weight 50 horizon short }
  indicator growth { weight 50 }
}
`);
  });

  it('accepts one long-term indicator, and plans without indicators', () => {
    checkDiagnostics(`
plan county {
  indicator investment { weight 50 horizon short }
  indicator forest { weight 50 horizon long }
}
plan empty {
}
`, INCLUDE);
  });

  it('reads Chinese keywords with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 ｛
//   ^^ info no-long-term-indicator: 方案“县”未设置衡量长期成效的指标（“时效 长期”）
  指标 招商引资 ｛ 权重：100； 时效：短期； ｝
｝
方案 市 ｛
  指标 森林覆盖率 ｛ 权重：100； 时效：长期； ｝
｝
`, { locale: 'zh-CN' });
  });

  it('does not take an unknown horizon for a long one', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ info no-long-term-indicator: Plan \`county\` has no indicator of long-term results (\`horizon long\`)
  indicator forest { weight 100 horizon lasting }
}
`, { disabled: ['unknown-value'] });
  });

  it('follows the configured severity', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "rules": { "no-long-term-indicator": "warning" } }
//- /county.baton
方案 县 {
//   ^^ warning no-long-term-indicator: Plan \`县\` has no indicator of long-term results (\`horizon long\`)
  指标 甲 { 权重 100 }
}
`);
  });
});
