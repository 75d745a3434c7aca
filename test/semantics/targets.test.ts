import assert from 'node:assert/strict';
import { buildModel, type IndicatorSym } from '../../server/src/semantics/model';
import {
  beyondTolerance, compareTargets, describeChain, findEscalations, formatPercent, formatTarget, styleOf,
} from '../../server/src/semantics/targets';

function model(files: Record<string, string>) {
  return buildModel(new Map(Object.entries(files)));
}

function indicator(m: ReturnType<typeof model>, plan: string, id: string): IndicatorSym {
  return m.plans.find((p) => p.name === plan)!.indicators.find((i) => i.name === id)!;
}

const LADDER = {
  '/ladder.baton': `
plan province { level province  assesses city  period 2025
  indicator forest { target >= 30 %  weight 100 }
}
plan city { level city  assesses county  period 2025  parent province
  indicator forest { target >= 32 %  weight 100 }
}
plan county { level county  assesses township  period 2025  parent city
  indicator forest { target >= 32 %  weight 100 }
}
plan township { level township  assesses village  period 2025  parent county
  indicator forest { target >= 35 %  weight 100  frequency quarterly }
}
`,
};

describe('semantics/targets', () => {
  it('relates two targets by unit, direction and number', () => {
    const m = model({
      '/t.baton': `plan p { indicator a { target >= 30 % }  indicator b { target > 32 ％ }  indicator c { target <= 30 % }
        indicator d { target = 30 % }  indicator e { target >= 30 亩 }  indicator f { target "done" }  indicator g { } }`,
    });
    const t = (id: string) => indicator(m, 'p', id).target;
    assert.equal(compareTargets(t('b'), t('a')).kind, 'stricter');
    assert.equal(compareTargets(t('a'), t('b')).kind, 'looser');
    assert.equal(compareTargets(t('a'), t('a')).kind, 'same');
    assert.deepEqual(pick(compareTargets(t('c'), t('a'))), { kind: 'incomparable', reason: 'direction' });
    assert.deepEqual(pick(compareTargets(t('d'), t('a'))), { kind: 'incomparable', reason: 'exact' });
    assert.deepEqual(pick(compareTargets(t('e'), t('a'))), { kind: 'incomparable', reason: 'unit' });
    assert.equal(compareTargets(t('f'), t('a')).kind, 'text');
    assert.equal(compareTargets(t('g'), t('a')).kind, 'absent');
  });

  it('applies the tolerance as a percentage of the ancestor\'s value, and none against 0', () => {
    const m = model({ '/t.baton': 'plan p { indicator a { target >= 30 % }  indicator b { target >= 30.6 % }  indicator z { target >= 0 % }  indicator y { target >= 0.1 % } }' });
    const t = (id: string) => indicator(m, 'p', id).target;
    assert.equal(beyondTolerance(compareTargets(t('b'), t('a')), 2), false);
    assert.equal(beyondTolerance(compareTargets(t('b'), t('a')), 1.9), true);
    assert.equal(beyondTolerance(compareTargets(t('y'), t('z')), 50), true);
  });

  it('formats targets in the file\'s style and percentages with a sign', () => {
    const ascii = model({ '/a.baton': 'plan p { indicator a { target >= 30 %  } indicator b { target <= 1 起 } }' });
    const unicode = model({ '/u.baton': '方案 p { 指标 a { 目标 ≥ 30％ } 指标 b { 目标 ＜ 2 "起" } }' });
    const a = ascii.files.get('/a.baton')!;
    const u = unicode.files.get('/u.baton')!;
    assert.equal(formatTarget(indicator(ascii, 'p', 'a').target!, styleOf(a)), '>= 30 %');
    assert.equal(formatTarget(indicator(ascii, 'p', 'a').target!, styleOf(u)), '≥ 30%');
    assert.equal(formatTarget(indicator(unicode, 'p', 'b').target!, styleOf(u)), '< 2 起');
    assert.equal(formatTarget(indicator(ascii, 'p', 'b').target!, styleOf(u)), '≤ 1 起');
    assert.deepEqual([formatPercent(1 / 6), formatPercent(-1), formatPercent(0.0667)], ['+16.7%', '-100%', '+6.7%']);
  });

  it('compares with the nearest ancestor and finds the origin', () => {
    const m = model(LADDER);
    assert.deepEqual(findEscalations(indicator(m, 'county', 'forest'), 0), []);
    const [target, frequency] = findEscalations(indicator(m, 'township', 'forest'), 0);
    assert.deepEqual([target.property, target.ancestor.plan.name, target.origin.plan.name], ['target', 'county', 'province']);
    assert.deepEqual([frequency.property, frequency.ancestor.plan.name, frequency.origin.plan.name], ['frequency', 'county', 'province']);
  });

  it('describes the chain of targets from the origin down', () => {
    const chain = describeChain(indicator(model(LADDER), 'township', 'forest'));
    assert.deepEqual(
      chain.map((link) => [link.indicator.plan.name, link.relation.kind, link.cumulative === undefined ? undefined : formatPercent(link.cumulative)]),
      [['province', 'absent', '+0%'], ['city', 'stricter', '+6.7%'], ['county', 'same', '+6.7%'], ['township', 'stricter', '+16.7%']],
    );
  });
});

function pick(relation: ReturnType<typeof compareTargets>) {
  return { kind: relation.kind, reason: relation.kind === 'incomparable' ? relation.reason : undefined };
}
