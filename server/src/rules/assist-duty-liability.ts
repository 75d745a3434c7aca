/**
 * An indicator on an `assist` (配合) duty must not carry a veto or a responsibility letter:
 * the lead department owns that result. Reported on the keyword, with the duty declaration
 * (which names the lead department) as the related location.
 */
import { msg } from '../syntax/message';
import { removeStatement } from '../semantics/edits';
import { defineRule } from './rule';

export default defineRule({
  id: 'assist-duty-liability',
  description: msg(
    'An indicator on an assist duty must not carry a one-vote veto or a responsibility letter: the lead department owns that result.',
    '考核配合履职事项的指标不得设置一票否决，也不得要求签订责任书，该事项结果由牵头部门负责。',
  ),
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        const duty = indicator.duty?.target;
        if (duty === undefined || duty.dutyKind?.value?.id !== 'assist') continue;
        const lead = duty.node.lead?.value;
        const leadEn = lead === undefined ? 'the lead department' : `the lead department \`${lead}\``;
        const leadZh = lead === undefined ? '牵头部门' : `牵头部门“${lead}”`;
        const dutyName = duty.node.name!;
        for (const prop of indicator.node.props) {
          if (prop.keyword !== 'Veto' && prop.keyword !== 'Pledge') continue;
          const veto = prop.keyword === 'Veto';
          ctx.report({
            range: prop.keywordRange,
            message: veto
              ? msg(
                `Indicator \`${indicator.name}\` puts a veto on \`${duty.name}\`, an assist duty: ${leadEn} owns its result`,
                `指标“${indicator.name}”对配合履职事项“${duty.name}”设置一票否决，该事项结果应由${leadZh}负责`,
              )
              : msg(
                `Indicator \`${indicator.name}\` asks for a responsibility letter on \`${duty.name}\`, an assist duty: ${leadEn} owns its result`,
                `指标“${indicator.name}”对配合履职事项“${duty.name}”要求签订责任书，该事项结果应由${leadZh}负责`,
              ),
            related: [{
              uri: duty.uri,
              range: dutyName.range,
              message: lead === undefined
                ? msg(`\`${duty.name}\` is an assist duty`, `“${duty.name}”为配合履职事项`)
                : msg(`\`${duty.name}\` is an assist duty led by \`${lead}\``, `“${duty.name}”为配合履职事项，牵头部门为“${lead}”`),
            }],
            suggestions: [{
              title: veto ? msg('Remove the veto', '删除一票否决') : msg('Remove the responsibility letter', '删除责任书要求'),
              edits: [removeStatement(ctx.file, prop.range)],
            }],
          });
        }
      }
    }
  },
});
