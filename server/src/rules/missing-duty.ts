/**
 * An indicator that names no duty, in a plan that has a duty list: whether it assesses
 * listed work cannot be told. (A `duty` in a plan without a list is `unresolved-reference`.)
 */
import { spell } from '../syntax/keywords';
import { msg } from '../syntax/message';
import { closest } from '../syntax/distance';
import { insertInBody } from '../semantics/edits';
import type { DutySym, IndicatorSym } from '../semantics/model';
import { type Fix, type RuleContext, defineRule } from './rule';

export default defineRule({
  id: 'missing-duty',
  description: msg(
    'In a plan with a duty list, every indicator must name the duty it assesses.',
    '方案已指定职责清单的，每项指标均须注明所考核的职责。',
  ),
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      const listRef = plan.dutyList;
      if (listRef === undefined) continue;
      for (const indicator of plan.indicators) {
        if (indicator.prop('Duty') !== undefined) continue;
        const guess = listRef.target === undefined ? undefined : guessDuty(indicator, listRef.target.all);
        const fix = guess === undefined ? undefined : addDuty(ctx, indicator, guess);
        ctx.report({
          range: indicator.node.name!.range,
          message: msg(
            `Indicator \`${indicator.name}\` names no duty from duty list \`${listRef.ref.text}\``,
            `指标“${indicator.name}”未注明所考核的是职责清单“${listRef.ref.text}”中的哪项职责`,
          ),
          suggestions: fix === undefined ? undefined : [fix],
        });
      }
    }
  },
});

/** The listed duty whose id or title is close to the indicator's id or title. */
function guessDuty(indicator: IndicatorSym, duties: readonly DutySym[]): DutySym | undefined {
  const keys = (duty: DutySym) => (duty.node.title === undefined ? [duty.name] : [duty.name, duty.node.title.value]);
  return closest(indicator.name, duties, keys)
    ?? (indicator.node.title === undefined ? undefined : closest(indicator.node.title.value, duties, keys));
}

function addDuty(ctx: RuleContext, indicator: IndicatorSym, duty: DutySym): Fix | undefined {
  const edit = insertInBody(ctx.file, indicator.node, `${spell('Duty', ctx.file.document.language)} ${duty.name}`);
  if (edit === undefined) return undefined;
  return { title: msg(`Add \`duty ${duty.name}\``, `添加“职责 ${duty.name}”`), edits: [edit] };
}
