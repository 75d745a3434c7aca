/** Reports an indicator that assesses a duty the duty list returned to upper departments. */
import { defineRule } from './rule';
import { msg } from '../syntax/message';
import { removeStatement } from '../semantics/edits';

export default defineRule({
  id: 'duty-returned',
  description: msg('An indicator must not assess a duty returned to upper departments.', '指标不得考核已由上级部门收回的职责。'),
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        const duty = indicator.duty?.target;
        if (duty === undefined || duty.dutyKind?.value?.id !== 'returned') continue;
        const lead = duty.node.lead?.value;
        ctx.report({
          range: indicator.duty!.ref.range,
          message: lead === undefined
            ? msg(
              `Duty \`${duty.name}\` has been returned to an upper department on the duty list \`${duty.list.name}\`: it may not be assessed here`,
              `职责“${duty.name}”在职责清单“${duty.list.name}”中已由上级部门收回，不应再对下考核`,
            )
            : msg(
              `Duty \`${duty.name}\` has been returned to an upper department on the duty list \`${duty.list.name}\` (lead: \`${lead}\`): it may not be assessed here`,
              `职责“${duty.name}”在职责清单“${duty.list.name}”中已由上级部门“${lead}”收回，不应再对下考核`,
            ),
          related: [{ uri: duty.uri, range: duty.node.name?.range ?? duty.node.keywordRange, message: msg(`\`${duty.name}\` is listed as returned here`, `“${duty.name}”在此列为收回事项`) }],
          suggestions: [{
            title: msg(`Remove the indicator \`${indicator.name}\``, `删除指标“${indicator.name}”`),
            edits: [removeStatement(ctx.file, indicator.node.range)],
          }],
        });
      }
    }
  },
});
