/** `negotiationsOf`: the `negotiated` records of a file, for `--report-suppressed` (spec §5.4). */
import assert from 'node:assert/strict';
import { lintFile } from '../../server/src/linter/lint';
import { negotiationsOf } from '../../server/src/linter/negotiations';
import { buildModel } from '../../server/src/semantics/model';

const CITY = `plan city {
  level city
  assesses county
  period 2025
  indicator forest { target >= 30 % }
  indicator roads { target >= 10 km }
}
`;

const COUNTY = `import "city.baton"
方案 county {
  层级 县
  考核对象 乡镇
  考核年度 2025
  上级方案 city
  指标 forest {
    目标 ≥ 35%
    协商 “生态补偿试点” 批准 “县政府常务会议” 有效期至 2026-12-31
  }
  指标 roads {
    目标 ≥ 10 km
    negotiated "no escalation here"
  }
}
`;

function negotiations(county: string, today: string) {
  const model = buildModel(new Map([['/w/city.baton', CITY], ['/w/county.baton', county]]));
  const file = model.files.get('/w/county.baton')!;
  const { diagnostics } = lintFile(model, file.uri, { today });
  return negotiationsOf(file, today, diagnostics).map((n) => ({
    text: county.slice(n.range.start, n.range.end),
    plan: n.plan,
    indicator: n.indicator,
    reason: n.reason,
    approver: n.approver,
    until: n.until,
    expired: n.expired,
    incomplete: n.incomplete,
    escalations: n.escalations.map((d) => [d.ruleId, d.severity, county.slice(d.range.start, d.range.end)]),
  }));
}

describe('negotiationsOf', () => {
  it('lists every negotiation, in Chinese or English keywords, with the escalations it turns into infos', () => {
    assert.deepEqual(negotiations(COUNTY, '2026-06-30'), [{
      text: '协商 “生态补偿试点” 批准 “县政府常务会议” 有效期至 2026-12-31',
      plan: 'county',
      indicator: 'forest',
      reason: '生态补偿试点',
      approver: '县政府常务会议',
      until: '2026-12-31',
      expired: false,
      incomplete: false,
      escalations: [['escalation', 'info', '≥ 35%']],
    }, {
      text: 'negotiated "no escalation here"',
      plan: 'county',
      indicator: 'roads',
      reason: 'no escalation here',
      approver: undefined,
      until: undefined,
      expired: false,
      incomplete: true,
      escalations: [],
    }]);
  });

  it('marks a negotiation expired the day after its `until` date, when the escalation is a warning again', () => {
    assert.equal(negotiations(COUNTY, '2026-12-31')[0].expired, false);
    const after = negotiations(COUNTY, '2027-01-01')[0];
    assert.equal(after.expired, true);
    assert.deepEqual(after.escalations, [['escalation', 'warning', '≥ 35%']]);
  });

  it('marks one without an approver or without an expiry incomplete', () => {
    const noApprover = COUNTY.replace(' 批准 “县政府常务会议”', '');
    const noExpiry = COUNTY.replace(' 有效期至 2026-12-31', '');
    assert.deepEqual(negotiations(noApprover, '2026-06-30')[0].incomplete, true);
    assert.deepEqual(negotiations(noExpiry, '2026-06-30').map((n) => [n.until, n.expired, n.incomplete]), [[undefined, false, true], [undefined, false, true]]);
  });

  it('attaches the escalations to the first record of an indicator only (the one in effect)', () => {
    const twice = COUNTY.replace('    协商 “生态补偿试点”', '    协商 “第一次”\n    协商 “生态补偿试点”');
    assert.deepEqual(negotiations(twice, '2026-06-30').map((n) => [n.reason, n.escalations.length]), [['第一次', 1], ['生态补偿试点', 0], ['no escalation here', 0]]);
  });

  it('finds nothing in a file without negotiations', () => {
    assert.deepEqual(negotiations(COUNTY.replace(/^ *(协商|negotiated).*\n/gm, ''), '2026-06-30'), []);
  });
});
