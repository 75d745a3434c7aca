/** Plans whose `parent` chain leads back to themselves (spec §4 "The plan ladder"). */
import { msg } from '../syntax/message';
import { defineRule } from './rule';

export default defineRule({
  id: 'parent-cycle',
  description: msg(
    'Following `parent` from a plan must never lead back to the same plan.',
    '沿“上级方案”逐级追溯，不得回到方案自身。',
  ),
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      if (!plan.inCycle || plan.parent === undefined) continue;
      // In a cycle, the ancestors are exactly the other plans of the cycle, nearest first.
      const loop = [plan.name, ...plan.ancestors.map((a) => a.name), plan.name].join(' → ');
      const next = plan.parent.target;
      const nextParent = next?.parent;
      ctx.report({
        range: plan.parent.ref.range,
        message: plan.ancestors.length === 0
          ? msg(`Plan \`${plan.name}\` names itself as its parent`, `方案“${plan.name}”将自身列为上级方案`)
          : msg(`The \`parent\` chain of plan \`${plan.name}\` loops back to it: ${loop}`, `方案“${plan.name}”的上级方案形成循环：${loop}`),
        related: next === undefined || nextParent === undefined || next === plan
          ? []
          : [{ uri: next.uri, range: nextParent.ref.range, message: msg(`\`${next.name}\` names \`${nextParent.ref.text}\` as its parent`, `“${next.name}”的上级方案为“${nextParent.ref.text}”`) }],
      });
    }
  },
});
