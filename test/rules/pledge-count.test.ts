import assert from 'node:assert/strict';
import { checkDiagnostics, lintFixture } from '../support/check';

describe('pledge-count', () => {
  it('reports a plan with more than one responsibility letter, once, on its name', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ warning pledge-count: Plan \`county\` asks for 2 responsibility letters; at most 1 is allowed
  indicator safety {
    weight 50
    pledge
  }
  indicator fire {
    weight 50
    pledge
  }
}
`);
  });

  it('accepts one responsibility letter, and plans without any', () => {
    checkDiagnostics(`
plan county {
  indicator safety {
    weight 50
    pledge
  }
  indicator fire {
    weight 50
  }
}
plan empty {
}
`);
  });

  it('counts every plan on its own', () => {
    checkDiagnostics(`
plan a {
  indicator x { weight 100 pledge }
}
plan b {
  indicator x { weight 100 pledge }
}
`);
  });

  it('reads Chinese keywords with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 “某县考核方案” ｛
//   ^^ warning pledge-count: 方案“县”要求签订责任书 3 份，超过 1 份的上限
  指标 安全 ｛ 权重：40； 责任书； ｝
  指标 消防 ｛ 权重：30； 责任书； ｝
  指标 信访 ｛ 权重：30； 责任书； ｝
｝
`, { locale: 'zh-CN' });
  });

  it('counts pledges written in either language in one plan', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ warning pledge-count: Plan \`county\` asks for 2 responsibility letters; at most 1 is allowed
  indicator a { weight 50 pledge }
  指标 b { 权重 50 责任书 }
}
`);
  });

  it('takes the maximum from baton.config.json', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "maxPledges": 0 }
//- /w/county.baton
plan county {
//   ^^^^^^ warning pledge-count: Plan \`county\` asks for 1 responsibility letter; at most 0 are allowed
  indicator safety { weight 100 pledge }
}
//- /w/b/baton.config.json
{ "maxPledges": 3 }
//- /w/b/city.baton
plan city {
  indicator a { weight 25 pledge }
  indicator b { weight 25 pledge }
  indicator c { weight 25 pledge }
  indicator d { weight 25 }
}
`);
  });

  it('points at every responsibility letter as a related location', () => {
    const text = `
plan county {
  indicator safety { weight 50 pledge }
  indicator fire { weight 50; pledge }
}
`;
    const found = lintFixture(text).diagnostics.filter((d) => d.ruleId === 'pledge-count');
    assert.equal(found.length, 1);
    const source = text.slice(1);
    assert.deepEqual(
      found[0].related.map((r) => [r.uri, r.range.start, source.slice(r.range.start, r.range.end), r.message.en, r.message.zh]),
      [
        ['/main.baton', source.indexOf('pledge }'), 'pledge', 'Responsibility letter for `safety`', '指标“safety”的责任书'],
        ['/main.baton', source.indexOf('; pledge') + 2, 'pledge', 'Responsibility letter for `fire`', '指标“fire”的责任书'],
      ],
    );
  });
});
