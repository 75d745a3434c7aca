/** Indicator weights must add up to the plan's `total` (spec §9 "Plans"): missing weights count as 0. */
import { msg } from '../syntax/message';
import { defineRule } from './rule';

export default defineRule({
  id: 'weights-total',
  description: msg(
    "The weights of a plan's indicators must add up to its total (100 unless `total` says otherwise).",
    '方案各指标权重之和须等于总分（未设“总分”的，按 100 分计）。',
  ),
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      if (plan.indicators.length === 0) continue;
      // A `total` or `weight` whose number did not parse is a syntax error already; do not guess.
      if (plan.prop('Total') !== undefined && plan.prop('Total')!.number === undefined) continue;
      let sum = 0;
      let unweighted = 0;
      let unparsed = false;
      for (const indicator of plan.indicators) {
        if (indicator.weight !== undefined) sum += indicator.weight.value;
        else if (indicator.prop('Weight') !== undefined) unparsed = true;
        else unweighted++;
      }
      if (unparsed) continue;
      if (Math.abs(sum - plan.total) <= 1e-9 * Math.max(1, Math.abs(plan.total))) continue;
      const shown = format(sum);
      const total = format(plan.total);
      const totalProp = plan.prop('Total');
      const note = unweighted === 0
        ? msg('', '')
        : msg(` (${unweighted} indicator${unweighted === 1 ? ' has' : 's have'} no weight)`, `（${unweighted} 项指标未设权重）`);
      ctx.report({
        range: plan.node.name!.range,
        message: msg(
          `The indicator weights of plan \`${plan.name}\` add up to ${shown}, not ${total}${note.en}`,
          `方案“${plan.name}”各指标权重之和为 ${shown}，不等于总分 ${total}${note.zh}`,
        ),
        related: totalProp?.number === undefined
          ? []
          : [{ uri: ctx.file.uri, range: totalProp.number.range, message: msg(`The total of \`${plan.name}\``, `“${plan.name}”的总分`) }],
      });
    }
  },
});

/** A sum without floating-point noise: 0.1 + 0.2 shows as 0.3. */
function format(value: number): string {
  return String(Number(value.toFixed(6)));
}
