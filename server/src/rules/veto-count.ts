/** A plan must not carry more one-vote vetoes than `maxVetoes` (default 1): once per plan, on its name. */
import { msg } from '../syntax/message';
import { defineRule, type Related } from './rule';
import { flagLines } from '../semantics/flags';

export default defineRule({
  id: 'veto-count',
  description: msg(
    'A plan must not carry more one-vote vetoes than the configured maximum (`maxVetoes`, 1 by default).',
    '一个方案设置的一票否决事项不得超过设定上限（配置项“maxVetoes”，默认 1 项）。',
  ),
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    const max = ctx.options.maxVetoes;
    for (const plan of ctx.file.plans) {
      const related: Related[] = flagLines(plan, 'Veto').map(({ indicator, property }) => ({
        uri: ctx.file.uri,
        range: property.keywordRange,
        message: msg(`Veto on \`${indicator.name}\``, `指标“${indicator.name}”的一票否决`),
      }));
      if (related.length <= max) continue;
      ctx.report({
        range: plan.node.name!.range,
        message: msg(
          `Plan \`${plan.name}\` has ${related.length} one-vote veto${related.length === 1 ? '' : 'es'}; at most ${max} ${max === 1 ? 'is' : 'are'} allowed`,
          `方案“${plan.name}”设置一票否决 ${related.length} 项，超过 ${max} 项的上限`,
        ),
        related,
      });
    }
  },
});
