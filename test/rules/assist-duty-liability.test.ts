import assert from 'node:assert/strict';
import { checkDiagnostics, checkSuggestion, lintFixture } from '../support/check';

const DUTIES = `duties township {
  duty land "Farmland protection" assist { lead "County natural resources bureau" }
  duty safety "Work safety" basic
  duty river "River chief patrols" assist
}`;

describe('assist-duty-liability', () => {
  it('reports a veto and a pledge on an assist duty, on each keyword', () => {
    checkDiagnostics(`
${DUTIES}
plan county {
  duties township
  indicator land {
    duty land
    weight 100
    veto "Land Administration Law"
//  ^^^^ warning assist-duty-liability: Indicator \`land\` puts a veto on \`land\`, an assist duty: the lead department \`County natural resources bureau\` owns its result
    pledge
//  ^^^^^^ warning assist-duty-liability: Indicator \`land\` asks for a responsibility letter on \`land\`, an assist duty: the lead department \`County natural resources bureau\` owns its result
  }
}
`);
  });

  it('says "the lead department" when the duty names none', () => {
    checkDiagnostics(`
${DUTIES}
plan county {
  duties township
  indicator river {
    duty river
    weight 100
    pledge
//  ^^^^^^ warning assist-duty-liability: Indicator \`river\` asks for a responsibility letter on \`river\`, an assist duty: the lead department owns its result
  }
}
`);
  });

  it('accepts vetoes and pledges on basic duties, and assist duties without them', () => {
    checkDiagnostics(`
${DUTIES}
plan county {
  duties township
  indicator safety {
    duty safety
    weight 50
    veto "Work Safety Law"
    pledge
  }
  indicator land {
    duty land
    weight 50
    method field
  }
}
`);
  });

  it('reads a duty list in another file, in Chinese with full-width punctuation', () => {
    checkDiagnostics(`
//- /w/duties.baton
职责清单 乡镇职责 ｛
  职责 耕地保护 “耕地保护巡查与报告” 配合 ｛ 牵头部门：“县自然资源局” ｝
｝
//- /w/county.baton
引用 “duties.baton”
方案 县 ｛
  职责清单：乡镇职责；
  指标 耕地 ｛
    职责：耕地保护；
    权重：100；
    一票否决：“《土地管理法》”；
//  ^^^^^^^^ warning assist-duty-liability: 指标“耕地”对配合履职事项“耕地保护”设置一票否决，该事项结果应由牵头部门“县自然资源局”负责
  ｝
｝
`, { locale: 'zh-CN' });
  });

  it('points at the duty declaration, in its own file', () => {
    const { diagnostics, texts } = lintFixture(`
//- /w/duties.baton
职责清单 乡镇职责 {
  职责 耕地保护 "耕地保护巡查与报告" 配合 { 牵头部门 "县自然资源局" }
}
//- /w/county.baton
引用 "duties.baton"
方案 县 {
  职责清单 乡镇职责
  指标 耕地 { 职责 耕地保护 权重 100 责任书 }
}
`);
    const found = diagnostics.filter((d) => d.ruleId === 'assist-duty-liability');
    assert.equal(found.length, 1);
    const [related] = found[0].related;
    assert.equal(related.uri, '/w/duties.baton');
    assert.equal(texts.get('/w/duties.baton')!.slice(related.range.start, related.range.end), '耕地保护');
    assert.equal(related.message.zh, '“耕地保护”为配合履职事项，牵头部门为“县自然资源局”');
    assert.equal(related.message.en, '`耕地保护` is an assist duty led by `县自然资源局`');
  });

  it('suggests removing the veto', () => {
    checkSuggestion(`
${DUTIES}
plan county {
  duties township
  indicator land {
    duty land
    weight 100
    ve<|>to "Land Administration Law"
    method field
  }
}
`, 'Remove the veto', `
${DUTIES}
plan county {
  duties township
  indicator land {
    duty land
    weight 100
    method field
  }
}
`);
  });

  it('suggests removing the responsibility letter, in Chinese', () => {
    checkSuggestion(`
职责清单 乡镇职责 { 职责 耕地保护 "耕地保护" 配合 }
方案 县 {
  职责清单 乡镇职责
  指标 耕地 { 职责 耕地保护 权重 100 责任<|>书 }
}
`, 'Remove the responsibility letter', `
职责清单 乡镇职责 { 职责 耕地保护 "耕地保护" 配合 }
方案 县 {
  职责清单 乡镇职责
  指标 耕地 { 职责 耕地保护 权重 100 }
}
`);
  });
});
