/**
 * One inspector must not check the same units more than `maxVisitsPerInspector` times a
 * year, all plans of a group together (spec §9 "Counting"; the counting itself lives in
 * semantics/inspections.ts). Reported once per inspector and group, on the declaration of
 * the inspector's first reference in group order, in that declaration's own file; every
 * reference is a related location.
 */
import { msg } from '../syntax/message';
import { type InspectorVisits, inspectorVisits } from '../semantics/inspections';
import type { Model } from '../semantics/model';
import { defineRule, type Related } from './rule';

export default defineRule({
  id: 'inspector-visits',
  description: msg(
    'One inspector must not check the same units more often than the configured maximum a year (`maxVisitsPerInspector`, 1 by default), all plans for those units together.',
    '同一检查主体每年对同一批被考核单位的检查次数（各方案合并计算）不得超过设定上限（配置项“maxVisitsPerInspector”，默认 1 次）。',
  ),
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    const max = ctx.options.maxVisitsPerInspector;
    for (const visits of visitsDeclaredIn(ctx.model, ctx.file.uri)) {
      if (visits.visits <= max) continue;
      const inspector = visits.inspector;
      const name = inspector.node.name!;
      const who = inspector.department === inspector.name
        ? msg(`\`${inspector.name}\``, `“${inspector.name}”`)
        : msg(`\`${inspector.name}\` (${inspector.department})`, `“${inspector.name}”（${inspector.department}）`);
      const perPlan = msg(
        visits.plans.map((p) => `${p.visits} in \`${p.plan.name}\``).join(', '),
        visits.plans.map((p) => `方案“${p.plan.name}”${p.visits} 次`).join('，'),
      );
      const related: Related[] = visits.references.map(({ ref, indicator }) => {
        const frequency = indicator.frequency;
        const how = frequency === undefined
          ? msg('no frequency: yearly', '未设频次，按每年计')
          : msg(`\`${frequency.ref.text}\``, `频次为“${frequency.ref.text}”`);
        return {
          uri: indicator.uri,
          range: ref.range,
          message: msg(
            `Checks \`${indicator.name}\` in \`${indicator.plan.name}\` (${how.en})`,
            `检查方案“${indicator.plan.name}”的指标“${indicator.name}”（${how.zh}）`,
          ),
        };
      });
      ctx.report({
        range: name.range,
        message: msg(
          `Inspector ${who.en} checks the same units ${visits.visits} times a year, more than the maximum of ${max} (${perPlan.en})`,
          `检查主体${who.zh}每年对同一批单位检查 ${visits.visits} 次（${perPlan.zh}），超过每年 ${max} 次的上限`,
        ),
        related,
      });
    }
  },
});

const BY_URI = 'inspector-visits:by-declaration-uri';

/** The visits of every group, indexed by the file of the declaration they are reported on; built once per model. */
function visitsDeclaredIn(model: Model, uri: string): readonly InspectorVisits[] {
  let index = model.memo.get(BY_URI) as Map<string, InspectorVisits[]> | undefined;
  if (index === undefined) {
    index = new Map();
    for (const group of model.groups) {
      for (const visits of inspectorVisits(group).values()) {
        const list = index.get(visits.inspector.uri);
        if (list === undefined) index.set(visits.inspector.uri, [visits]);
        else list.push(visits);
      }
    }
    model.memo.set(BY_URI, index);
  }
  return index.get(uri) ?? [];
}
