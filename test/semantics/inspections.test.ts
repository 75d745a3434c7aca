import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/semantics/model';
import { groupInspections, inspectorVisits, matterLabel } from '../../server/src/semantics/inspections';

const GROUP = {
  '/a.baton': `
import "shared.baton"
plan county { region "R"  level county  assesses township  period 2025  duties list
  indicator x { duty safety  frequency quarterly  inspector emergency }
  indicator y { duty safety  inspector emergency, office }
  indicator z { inspector office }
}
`,
  '/b.baton': `
import "shared.baton"
plan special { region "R"  level county  assesses township  period 2025  duties list
  inspector bureau "Emergency bureau" line
  indicator w { duty safety  frequency monthly  inspector bureau }
}
`,
  '/shared.baton': `
duties list { duty safety "Work safety" basic }
inspector emergency "Emergency bureau" line
inspector office "Supervision office" block
`,
};

describe('semantics/inspections', () => {
  it('counts visits a year per inspector: the highest frequency in a plan, summed over the group', () => {
    const model = buildModel(new Map(Object.entries(GROUP)));
    const group = model.plans[0].group;
    assert.equal(group.plans.length, 2);
    const visits = inspectorVisits(group);
    assert.deepEqual(
      [...visits.values()].map((v) => [v.inspector.department, v.visits, v.plans.map((p) => `${p.plan.name}:${p.visits}`), v.references.length]),
      [['Emergency bureau', 16, ['county:4', 'special:12'], 3], ['Supervision office', 1, ['county:1'], 2]],
    );
    assert.equal(inspectorVisits(group), visits, 'memoized per group');
  });

  it('keys matters by duty, and by the indicator itself when it has no duty', () => {
    const model = buildModel(new Map(Object.entries(GROUP)));
    const inspections = groupInspections(model.plans[0].group);
    assert.deepEqual([...inspections.byMatter.keys()].map(matterLabel), ['Work safety', 'z']);
    assert.deepEqual(inspections.duplicates.map((d) => `${d.reference.ref.text}@${d.reference.indicator.name} kept ${d.kept.ref.text}`), ['office@y kept emergency']);
  });
});
