/**
 * Enumerated values outside their set (spec §2): levels, duty and inspector kinds,
 * frequencies, methods and horizons. A typo close to exactly one value is fixed safely,
 * in the script the value was typed in.
 */
import { closest, editDistance } from '../syntax/distance';
import { msg } from '../syntax/message';
import type { EnumSet, EnumValue } from '../semantics/enums';
import type { EnumRef } from '../semantics/model';
import { type Fix, type RuleContext, defineRule } from './rule';

export default defineRule({
  id: 'unknown-value',
  description: msg(
    'Levels, kinds, frequencies, methods and horizons must be values of their set.',
    '层级、类型、频次、考核方式和时效须为规定的取值。',
  ),
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    const file = ctx.file;
    for (const list of file.dutyLists) for (const duty of list.all) check(ctx, duty.dutyKind);
    for (const inspector of file.inspectors) check(ctx, inspector.inspectorKind);
    for (const plan of file.plans) {
      check(ctx, plan.level);
      check(ctx, plan.assesses);
      for (const inspector of plan.inspectors) check(ctx, inspector.inspectorKind);
      for (const indicator of plan.indicators) {
        check(ctx, indicator.frequency);
        for (const method of indicator.methods) check(ctx, method);
        check(ctx, indicator.horizon);
      }
    }
  },
});

function check(ctx: RuleContext, ref: EnumRef | undefined): void {
  if (ref === undefined || ref.value !== undefined) return;
  const { set } = ref;
  const text = ref.ref.text;
  const english = set.values.map((value) => value.id);
  const chinese = set.values.flatMap((value) => value.zh);
  const close = closeValues(text, set);
  const fixes: Fix[] = close.map(({ spelling }) => ({
    title: msg(`Change to \`${spelling}\``, `改为“${spelling}”`),
    edits: [{ uri: ctx.file.uri, range: ref.ref.range, newText: spelling }],
  }));
  ctx.report({
    range: ref.ref.range,
    message: msg(
      `Unknown ${set.label.en} \`${text}\`; expected one of ${english.join(', ')} (${chinese.join(', ')})`,
      `${set.label.zh}“${text}”无效，应为以下之一：${chinese.join('、')}（${english.join('、')}）`,
    ),
    fix: fixes.length === 1 ? fixes[0] : undefined,
    suggestions: fixes.length > 1 ? fixes : undefined,
  });
}

/**
 * The values with a spelling close to `text` (see `closest`), nearest first, each with its
 * closest spelling: a Chinese typo gets a Chinese spelling, an English one the English id.
 */
function closeValues(text: string, set: EnumSet): { value: EnumValue; spelling: string }[] {
  const out: { value: EnumValue; spelling: string; distance: number }[] = [];
  for (const value of set.values) {
    const spelling = closest(text, [value.id, ...value.zh], (s) => [s]);
    if (spelling === undefined) continue;
    out.push({ value, spelling, distance: editDistance(text.toLowerCase(), spelling.toLowerCase()) });
  }
  return out.sort((a, b) => a.distance - b.distance);
}
