/** Reports a target that cannot be compared with the nearest ancestor's: other unit, other direction, `=` against a limit. */
import { defineRule } from './rule';
import { msg } from '../syntax/message';
import { compareTargets, formatTarget, isDirectParent, nearestAncestor, styleOf } from '../semantics/targets';

const REASONS = {
  unit: msg('the units differ', '单位不同'),
  direction: msg('one sets a minimum, the other a maximum', '一为下限，一为上限'),
  exact: msg('`=` sets an exact value, the other a limit', '一为确定值（“=”），一为上限或下限'),
};

export default defineRule({
  id: 'target-incomparable',
  description: msg(
    "A target must be comparable with the upper plan's: the same unit and the same direction.",
    '目标须能与上级方案的目标相比较，即计量单位相同、比较方向一致。',
  ),
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    const style = styleOf(ctx.file);
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        const ancestor = nearestAncestor(indicator);
        if (ancestor === undefined) continue;
        const relation = compareTargets(indicator.target, ancestor.target);
        if (relation.kind !== 'incomparable') continue;
        const child = formatTarget(relation.child.node, style);
        const parent = formatTarget(relation.ancestor.node, style);
        const where = isDirectParent(indicator, ancestor) ? 'the parent plan' : 'the upper plan';
        const reason = REASONS[relation.reason];
        ctx.report({
          range: relation.child.node.range,
          message: msg(
            `Target \`${child}\` cannot be compared with ${where}'s \`${parent}\` (\`${ancestor.plan.name}\`): ${reason.en}`,
            `目标“${child}”无法与上级方案“${ancestor.plan.name}”的“${parent}”相比较：${reason.zh}`,
          ),
          related: [{ uri: ancestor.uri, range: relation.ancestor.node.range, message: msg(`\`${ancestor.plan.name}\` sets \`${parent}\``, `上级方案“${ancestor.plan.name}”中为“${parent}”`) }],
        });
      }
    }
  },
});
