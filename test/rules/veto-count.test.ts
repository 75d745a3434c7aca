import assert from 'node:assert/strict';
import { checkDiagnostics, lintFixture } from '../support/check';

describe('veto-count', () => {
  it('reports a plan with more than one veto, once, on its name', () => {
    checkDiagnostics(`
plan county {
//   ^^^^^^ warning veto-count: Plan \`county\` has 2 one-vote vetoes; at most 1 is allowed
  indicator safety {
    weight 50
    veto "Work Safety Law"
  }
  indicator fire {
    weight 50
    veto "Fire Protection Law"
  }
}
`);
  });

  it('accepts one veto, and plans without any', () => {
    checkDiagnostics(`
plan county {
  indicator safety {
    weight 50
    veto "Work Safety Law"
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
  indicator x { weight 100 veto "Law A" }
}
plan b {
  indicator x { weight 100 veto "Law B" }
}
`);
  });

  it('reads Chinese keywords with full-width punctuation, in Chinese', () => {
    checkDiagnostics(`
方案 县 “某县考核方案” ｛
//   ^^ warning veto-count: 方案“县”设置一票否决 3 项，超过 1 项的上限
  指标 安全 ｛ 权重：40； 一票否决：“《安全生产法》”； ｝
  指标 消防 ｛ 权重：30； 一票否决：“《消防法》”； ｝
  指标 信访 ｛ 权重：30； 一票否决：“《信访工作条例》”； ｝
｝
`, { locale: 'zh-CN' });
  });

  it('takes the maximum from baton.config.json', () => {
    checkDiagnostics(`
//- /baton.config.json
{ "maxVetoes": 0 }
//- /w/county.baton
plan county {
//   ^^^^^^ warning veto-count: Plan \`county\` has 1 one-vote veto; at most 0 are allowed
  indicator safety { weight 100 veto "Work Safety Law" }
}
//- /w/b/baton.config.json
{ "maxVetoes": 3 }
//- /w/b/city.baton
plan city {
  indicator a { weight 25 veto "A" }
  indicator b { weight 25 veto "B" }
  indicator c { weight 25 veto "C" }
  indicator d { weight 25 }
}
`);
  });

  it('points at every veto as a related location', () => {
    const text = `
plan county {
  indicator safety { weight 50 veto "A" }
  indicator fire { weight 50 veto "B" }
}
`;
    const found = lintFixture(text).diagnostics.filter((d) => d.ruleId === 'veto-count');
    assert.equal(found.length, 1);
    const source = text.slice(1);
    assert.deepEqual(
      found[0].related.map((r) => [r.uri, r.range.start, source.slice(r.range.start, r.range.end), r.message.en, r.message.zh]),
      [
        ['/main.baton', source.indexOf('veto "A"'), 'veto', 'Veto on `safety`', '指标“safety”的一票否决'],
        ['/main.baton', source.indexOf('veto "B"'), 'veto', 'Veto on `fire`', '指标“fire”的一票否决'],
      ],
    );
  });
});
