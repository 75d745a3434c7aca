/**
 * A plan should hold at least one indicator of long-term results (`horizon long`, 时效 长期),
 * so latent results (潜绩) count besides visible ones. Plans with no indicator are not checked.
 */
import { msg } from '../syntax/message';
import { defineRule } from './rule';

export default defineRule({
  id: 'no-long-term-indicator',
  description: msg(
    'A plan should have at least one indicator of long-term results (`horizon long`).',
    '方案宜至少设置一项衡量长期成效的指标（“时效 长期”）。',
  ),
  defaultSeverity: 'info',
  fixable: false,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      if (plan.indicators.length === 0) continue;
      if (plan.indicators.some((indicator) => indicator.horizon?.value?.id === 'long')) continue;
      ctx.report({
        range: plan.node.name!.range,
        message: msg(
          `Plan \`${plan.name}\` has no indicator of long-term results (\`horizon long\`)`,
          `方案“${plan.name}”未设置衡量长期成效的指标（“时效 长期”）`,
        ),
      });
    }
  },
});
