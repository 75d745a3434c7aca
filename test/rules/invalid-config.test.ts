import assert from 'node:assert/strict';
import { checkDiagnostics } from '../support/check';
import { checkConfig } from '../support/config';

const KEYS = 'locale, rules, escalation, maxFrequency, maxVetoes, maxPledges, maxVisitsPerInspector, minExternalWeight';

describe('invalid-config', () => {
  it('accepts the configuration of the spec', () => {
    const { config } = checkConfig(`
{
  "locale": "zh-CN",
  "rules": { "ranking": "off", "escalation": "error" },
  "escalation": { "tolerance": 0 },
  "maxFrequency": "quarterly",
  "maxVetoes": 1,
  "maxPledges": 1,
  "maxVisitsPerInspector": 1,
  "minExternalWeight": 10
}
`);
    assert.equal(config.locale, 'zh-CN');
    assert.deepEqual(config.rules, { ranking: 'off', escalation: 'error' });
  });

  it('reports malformed JSON where it goes wrong', () => {
    checkConfig(`
{
  "maxVetoes": 1
  "maxPledges": 2
//^^^^^^^^^^^^ error invalid-config: Malformed JSON: \`,\` was expected between entries
}
`);
  });

  it('reports an unclosed object once, in words, in both languages', () => {
    checkConfig(`
{
  "maxVetoes": 1
//             ^ error invalid-config: Malformed JSON: \`}\` was expected: an object is not closed
`);
    checkConfig(`
{
  "maxVetoes": 1
//             ^ error invalid-config: JSON 格式错误：对象缺少结尾的“}”
`, 'zh-CN');
  });

  it('reports a configuration that is not an object', () => {
    checkConfig(`
["ranking"]
// <----------- error invalid-config: The configuration must be a JSON object
`);
  });

  it('reports an unknown key on the key', () => {
    checkConfig(`
{
  "maxVeto": 2,
//^^^^^^^^^ error invalid-config: Unknown key \`maxVeto\`: expected one of ${KEYS}
  "maxVetoes": 2
}
`);
  });

  it('reports an unknown rule id on the id', () => {
    checkConfig(`
{
  "rules": { "weight-total": "off", "ranking": "off" }
//           ^^^^^^^^^^^^^^ error invalid-config: Unknown rule \`weight-total\`
}
`);
  });

  it('reports a bad severity on the value', () => {
    checkConfig(`
{
  "rules": {
    "ranking": "warn",
//             ^^^^^^ error invalid-config: Bad severity for \`ranking\`: expected one of error, warning, info, hint, off
    "escalation": 2
//                ^ error invalid-config: Bad severity for \`escalation\`: expected one of error, warning, info, hint, off
  }
}
`);
  });

  it('reports bad thresholds on their values', () => {
    checkConfig(`
{
  "maxVetoes": -1,
//             ^^ error invalid-config: \`maxVetoes\` must be a whole number of 0 or more
  "maxPledges": 1.5,
//              ^^^ error invalid-config: \`maxPledges\` must be a whole number of 0 or more
  "maxVisitsPerInspector": 0,
//                         ^ error invalid-config: \`maxVisitsPerInspector\` must be a whole number of 1 or more
  "minExternalWeight": "ten",
//                     ^^^^^ error invalid-config: \`minExternalWeight\` must be a number of 0 or more
  "maxFrequency": "fortnightly",
//                ^^^^^^^^^^^^^ error invalid-config: \`maxFrequency\` must be a frequency: yearly, 每年, 年度, half-yearly, 每半年, 半年, quarterly, 每季度, 季度, monthly, 每月, 月度, weekly, 每周, daily, 每日
  "locale": "fr"
//          ^^^^ error invalid-config: \`locale\` must be "en" or "zh-CN"
}
`);
  });

  it('reports a bad escalation setting', () => {
    checkConfig(`
{
  "escalation": { "tolerance": -5, "tolerence": 5 }
//                             ^^ error invalid-config: \`escalation.tolerance\` must be a percentage of 0 or more
//                                 ^^^^^^^^^^^ error invalid-config: Unknown key \`escalation.tolerence\`
}
`);
    checkConfig(`
{
  "escalation": 5
//              ^ error invalid-config: \`escalation\` must be an object such as { "tolerance": 0 }
}
`);
  });

  it('gives the messages in Chinese', () => {
    checkConfig(`
{
  "rules": { "排名": "off" },
//           ^^^^^^ error invalid-config: 未知规则“排名”
  "maxVetoes": "一"
//             ^^^^ error invalid-config: “maxVetoes”须为不小于 0 的整数
}
`, 'zh-CN');
  });

  it('keeps the good parts and falls back to the defaults for the bad ones', () => {
    const { config } = checkConfig(`
{
  "rules": { "weights-total": "off", "no-such-rule": "error" },
//                                   ^^^^^^^^^^^^^^ error invalid-config: Unknown rule \`no-such-rule\`
  "maxVetoes": 3,
  "maxPledges": -1
//              ^^ error invalid-config: \`maxPledges\` must be a whole number of 0 or more
}
`);
    assert.deepEqual(config.rules, { 'weights-total': 'off' });
    assert.equal(config.options.maxVetoes, 3);
    assert.equal(config.options.maxPledges, 1);
  });

  it('still checks the plans with the valid parts of a bad configuration', () => {
    checkDiagnostics(`
//- /w/baton.config.json
{ "rules": { "weights-total": "off", "weights": "off" } }
//- /w/county.baton
plan county {
  indicator a { weight 90 }
}
`, { disabled: ['external-evaluation', 'no-long-term-indicator'] });
  });
});
