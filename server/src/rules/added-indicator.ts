/**
 * Reports an indicator with no counterpart above it (off by default): in a plan whose
 * parent resolves, no ancestor carries the indicator (same id, or the `refines` target).
 * Any ancestor counts, not only the direct parent: an indicator a middle plan dropped
 * still carries out the plan above it (the same rule `escalation` follows). An unresolved
 * `refines` is left to `unresolved-reference`.
 */
import { msg } from '../syntax/message';
import { defineRule } from './rule';

export default defineRule({
  id: 'added-indicator',
  description: msg(
    'Every indicator of a plan with a parent should carry out an indicator of the plans above it.',
    '方案设有上级方案的，其各项指标均宜承接上级方案的相应指标。',
  ),
  defaultSeverity: 'off',
  fixable: false,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      const parent = plan.parent?.target;
      if (parent === undefined) continue;
      for (const indicator of plan.indicators) {
        if (indicator.chain.length > 0 || indicator.refines !== undefined) continue;
        ctx.report({
          range: indicator.node.name!.range,
          message: msg(
            `Indicator \`${indicator.name}\` has no counterpart in the parent plan \`${parent.name}\` or any plan above it`,
            `指标“${indicator.name}”在上级方案“${parent.name}”及更上级方案中均无对应指标`,
          ),
        });
      }
    }
  },
});
