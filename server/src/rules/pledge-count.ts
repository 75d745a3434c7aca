/** A plan must not ask for more responsibility letters than `maxPledges` (default 1): once per plan, on its name. */
import { msg } from '../syntax/message';
import { defineRule, type Related } from './rule';
import { flagLines } from '../semantics/flags';

export default defineRule({
  id: 'pledge-count',
  description: msg(
    'A plan must not ask for more responsibility letters than the configured maximum (`maxPledges`, 1 by default).',
    '一个方案要求签订的责任书不得超过设定上限（配置项“maxPledges”，默认 1 份）。',
  ),
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    const max = ctx.options.maxPledges;
    for (const plan of ctx.file.plans) {
      const related: Related[] = flagLines(plan, 'Pledge').map(({ indicator, property }) => ({
        uri: ctx.file.uri,
        range: property.keywordRange,
        message: msg(`Responsibility letter for \`${indicator.name}\``, `指标“${indicator.name}”的责任书`),
      }));
      if (related.length <= max) continue;
      ctx.report({
        range: plan.node.name!.range,
        message: msg(
          `Plan \`${plan.name}\` asks for ${related.length} responsibility letter${related.length === 1 ? '' : 's'}; at most ${max} ${max === 1 ? 'is' : 'are'} allowed`,
          `方案“${plan.name}”要求签订责任书 ${related.length} 份，超过 ${max} 份的上限`,
        ),
        related,
      });
    }
  },
});
