/** Reports an indicator whose duty is not on its plan's duty list (the mission's first check). */
import { defineRule, type Fix } from './rule';
import { msg } from '../syntax/message';
import { closest } from '../syntax/distance';
import { removeStatement } from '../semantics/edits';

export default defineRule({
  id: 'duty-not-in-list',
  description: msg("An indicator's duty must be on its plan's duty list.", '指标所考核的职责须列入方案的职责清单。'),
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      const list = plan.dutyList?.target;
      // A missing or unresolved duty list is reported by other rules.
      if (list === undefined) continue;
      for (const indicator of plan.indicators) {
        const duty = indicator.duty;
        if (duty === undefined || duty.target !== undefined) continue;
        const name = duty.ref.text;
        const guess = closest(name, list.duties.values(), (d) => (d.node.title === undefined ? [d.name] : [d.name, d.node.title.value]));
        const guessLabel = guess === undefined ? undefined : guess.node.title === undefined ? `\`${guess.name}\`` : `\`${guess.name}\` (${guess.node.title.value})`;
        const suggestions: Fix[] = [];
        if (guess !== undefined) {
          suggestions.push({
            title: msg(`Change to \`${guess.name}\``, `改为“${guess.name}”`),
            edits: [{ uri: ctx.file.uri, range: duty.ref.range, newText: guess.name }],
          });
        }
        suggestions.push({
          title: msg(`Remove the indicator \`${indicator.name}\``, `删除指标“${indicator.name}”`),
          edits: [removeStatement(ctx.file, indicator.node.range)],
        });
        ctx.report({
          range: duty.ref.range,
          message: msg(
            `Duty \`${name}\` is not on the duty list \`${list.name}\`${guessLabel === undefined ? '' : `; did you mean ${guessLabel}?`}`,
            `职责“${name}”未列入职责清单“${list.name}”${guess === undefined ? '' : `，是否应为“${guess.name}”${guess.node.title === undefined ? '' : `（${guess.node.title.value}）`}？`}`,
          ),
          related: list.node.name === undefined ? [] : [{ uri: list.uri, range: list.node.name.range, message: msg(`The duty list \`${list.name}\``, `职责清单“${list.name}”`) }],
          suggestions,
        });
      }
    }
  },
});
