/** `// baton-ignore <rule-id>[, <rule-id>] -- <reason>` directives (spec §5.4), through the public fixture API. */
import assert from 'node:assert/strict';
import { checkDiagnostics, lintTexts } from '../support/check';
import { lintFile } from '../../server/src/linter/lint';

const QUIET = ['external-evaluation', 'no-long-term-indicator'];

describe('baton-ignore directives', () => {
  it('hide a finding on the next line', () => {
    checkDiagnostics(`
// baton-ignore weights-total -- bonus items are scored on top of the 100 points
plan county {
  indicator a { weight 90 }
}
`, { disabled: QUIET });
  });

  it('skip blank lines and other comment lines after the directive', () => {
    checkDiagnostics(`
// baton-ignore weights-total -- bonus items are scored on top of the 100 points

// The county adds up to 10 bonus points for reform pilots.
/* (see the annex) */
plan county {
  indicator a { weight 90 }
}
`, { disabled: QUIET });
  });

  it('hide findings on their own line when they trail code', () => {
    checkDiagnostics(`
plan county { // baton-ignore weights-total -- bonus items are scored on top of the 100 points
  indicator a { weight 90 }
}
`, { disabled: QUIET });
  });

  it('hide only the next line', () => {
    checkDiagnostics(`
plan county {
  indicator a {
    weight 100
    // baton-ignore unknown-value -- a pilot frequency agreed with the province
    frequency fortnightly
    horizon forever
//          ^^^^^^^ error unknown-value: Unknown horizon \`forever\`; expected one of short, long (短期, 长期)
  }
}
`, { disabled: QUIET });
  });

  it('name several rules, separated by commas (full-width too) or 、', () => {
    checkDiagnostics(`
plan county {
  indicator a { weight 100 }
}
plan county { // baton-ignore weights-total， duplicate-definition -- two drafts kept side by side until the office decides
  indicator a { weight 90 }
}
// 考核办意见待定
// baton-ignore weights-total、duplicate-definition —— 两稿并存，待考核办定稿
plan county {
  indicator a { weight 90 }
}
`, { disabled: QUIET });
  });

  it('need a reason: without one they hide nothing', () => {
    checkDiagnostics(`
// baton-ignore weights-total
// <----------------------------- warning suppression-without-reason: A \`baton-ignore\` directive needs a reason after \`--\`; it hides nothing until it has one
plan county {
//   ^^^^^^ warning weights-total: The indicator weights of plan \`county\` add up to 90, not 100
  indicator a { weight 90 }
}
`, { disabled: QUIET });
  });

  it('are listed with the findings they hid', () => {
    const texts = new Map([['/main.baton', `// baton-ignore weights-total -- bonus items\nplan county {\n  indicator a { weight 90 }\n}\n`]]);
    const { model } = lintTexts(texts);
    const { suppressions, diagnostics } = lintFile(model, '/main.baton');
    assert.equal(diagnostics.filter((d) => d.ruleId === 'weights-total').length, 0);
    assert.equal(suppressions.length, 1);
    assert.deepEqual(suppressions[0].ruleIds, ['weights-total']);
    assert.equal(suppressions[0].reason, 'bonus items');
    assert.deepEqual(suppressions[0].hidden.map((d) => d.ruleId), ['weights-total']);
  });
});
