import { checkDiagnostics } from '../support/check';

describe('negotiation-incomplete', () => {
  it('reports a negotiation without approver or expiry, on the keyword', () => {
    checkDiagnostics(`
plan county {
  indicator a {
    weight 34
    negotiated "Agreed with the townships"
//  ^^^^^^^^^^ info negotiation-incomplete: The negotiation on indicator \`a\` records no approver (\`by\`) and no expiry (\`until\`)
  }
  indicator b {
    weight 33
    negotiated "Agreed" by "County assessment office"
//  ^^^^^^^^^^ info negotiation-incomplete: The negotiation on indicator \`b\` records no expiry (\`until\`)
  }
  indicator c {
    weight 33
    negotiated "Agreed" until 2026-12-31
//  ^^^^^^^^^^ info negotiation-incomplete: The negotiation on indicator \`c\` records no approver (\`by\`)
  }
}
`);
  });

  it('counts an empty reason or approver as missing', () => {
    checkDiagnostics(`
plan county {
  indicator a {
    weight 100
    negotiated " " by "" until 2026-12-31
//  ^^^^^^^^^^ info negotiation-incomplete: The negotiation on indicator \`a\` records no reason and no approver (\`by\`)
  }
}
`);
  });

  it('accepts a complete record', () => {
    checkDiagnostics(`
plan county {
  indicator a {
    weight 100
    negotiated "Agreed with the townships" by "County assessment office" until 2026-12-31
  }
}
`);
  });

  it('reads Chinese keywords with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 ｛
  指标 森林 ｛
    权重：50；
    协商：“经与乡镇协商确定”；
//  ^^^^ info negotiation-incomplete: 指标“森林”的协商记录未写明批准人（“批准”）和有效期（“有效期至”）
  ｝
  指标 安全 ｛
    权重：50；
    协商：“经与乡镇协商确定” 批准：“县委考核办” 有效期至：2026-12-31；
  ｝
｝
`, { locale: 'zh-CN' });
  });

  it('follows the configured severity', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "rules": { "negotiation-incomplete": "warning" } }
//- /main.baton
方案 县 {
  指标 森林 { 权重 100 协商 "经协商" 批准 "县委考核办" }
//                     ^^^^ warning negotiation-incomplete: The negotiation on indicator \`森林\` records no expiry (\`until\`)
}
`);
  });
});
