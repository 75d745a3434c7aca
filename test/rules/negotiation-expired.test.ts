import assert from 'node:assert/strict';
import { checkDiagnostics, lintFixture } from '../support/check';

describe('negotiation-expired', () => {
  it('reports an expiry date before today, on the date', () => {
    checkDiagnostics(`
plan county {
  indicator forest {
    weight 100
    negotiated "Agreed with the townships" by "County assessment office" until 2025-12-31
//                                                                             ^^^^^^^^^^ warning negotiation-expired: The negotiation on indicator \`forest\` expired on 2025-12-31
  }
}
`);
  });

  it('accepts a date from today on, and a record without a date', () => {
    checkDiagnostics(`
plan county {
  indicator a { weight 50 negotiated "Agreed" by "Office" until 2026-06-30 }
  indicator b { weight 50 negotiated "Agreed" by "Office" until 2027-01-01 }
}
`);
    checkDiagnostics(`
plan county {
  indicator a { weight 100 negotiated "Agreed" by "Office" }
}
`, { disabled: ['negotiation-incomplete'] });
  });

  it('compares with the given date', () => {
    checkDiagnostics(`
plan county {
  indicator a { weight 100 negotiated "Agreed" by "Office" until 2026-06-30 }
//                                                               ^^^^^^^^^^ warning negotiation-expired: The negotiation on indicator \`a\` expired on 2026-06-30
}
`, { today: '2026-07-01' });
  });

  it('reads Chinese keywords with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 ｛
  指标 森林 ｛
    权重：100；
    协商：“经与乡镇协商确定” 批准：“县委考核办” 有效期至：2026-01-01；
//                                                        ^^^^^^^^^^ warning negotiation-expired: 指标“森林”的协商有效期已于 2026-01-01 届满
  ｝
｝
`, { locale: 'zh-CN' });
  });

  // escalation's own test owns its message and range; here only the agreement on expiry is checked.
  const ladder = (until: string) => `
plan city {
  indicator forest { weight 100 target >= 30 % }
}
plan county {
  parent city
  indicator forest {
    weight 100
    target >= 35 %
    negotiated "Agreed with the townships" by "County assessment office" until ${until}
  }
}
`;
  const severities = (until: string, today?: string) => lintFixture(ladder(until), { today }).diagnostics
    .filter((d) => d.ruleId === 'escalation' || d.ruleId === 'negotiation-expired')
    .map((d) => `${d.ruleId} ${d.severity}`);

  it('agrees with escalation: an expired negotiation turns the escalation back into a warning', () => {
    assert.deepEqual(severities('2026-01-01'), ['escalation warning', 'negotiation-expired warning']);
    assert.deepEqual(severities('2026-06-30', '2026-07-01'), ['escalation warning', 'negotiation-expired warning']);
  });

  it('agrees with escalation: a negotiation valid today leaves an info and no expiry finding', () => {
    assert.deepEqual(severities('2026-06-30'), ['escalation info']);
    assert.deepEqual(severities('2026-06-30', '2026-06-30'), ['escalation info']);
  });
});
