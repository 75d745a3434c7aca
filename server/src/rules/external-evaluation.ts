/**
 * Public evaluation (群众评议, method `survey`) must carry at least `minExternalWeight`
 * percent (default 10) of a plan's total. The whole weight of an indicator that uses
 * `survey` among its methods counts; a missing weight counts as 0. Once per plan, on its name.
 */
import { msg } from '../syntax/message';
import { defineRule } from './rule';

export default defineRule({
  id: 'external-evaluation',
  description: msg(
    "Indicators judged by public evaluation (`survey`) should carry at least the configured share of a plan's total (`minExternalWeight`, 10% by default).",
    '采用群众评议的指标，权重合计占方案总分的比例宜不低于设定下限（配置项“minExternalWeight”，默认 10%）。',
  ),
  defaultSeverity: 'info',
  fixable: false,
  check(ctx) {
    const min = ctx.options.minExternalWeight;
    for (const plan of ctx.file.plans) {
      if (plan.indicators.length === 0 || plan.total <= 0) continue;
      let external = 0;
      for (const indicator of plan.indicators) {
        if (indicator.methods.some((m) => m.value?.id === 'survey')) external += indicator.weight?.value ?? 0;
      }
      const share = (external / plan.total) * 100;
      if (share >= min - 1e-9) continue;
      const shown = format(share);
      ctx.report({
        range: plan.node.name!.range,
        message: msg(
          `Public evaluation (\`survey\`) carries ${shown}% of plan \`${plan.name}\`'s total, less than ${format(min)}%`,
          `方案“${plan.name}”中采用群众评议的指标权重占总分的 ${shown}%，低于 ${format(min)}% 的下限`,
        ),
      });
    }
  },
});

/** At most one decimal, without floating-point noise. */
function format(value: number): string {
  return String(Math.round(value * 10) / 10);
}
