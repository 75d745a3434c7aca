/**
 * The plan ladder (spec §4, §9 "Plans"): a plan's `level` equals its parent's `assesses`,
 * its `assesses` is the next level down, and its `period` equals its parent's. Missing or
 * unknown values are silent (unknown ones are `unknown-value`).
 */
import type { Name } from '../syntax/ast';
import { msg } from '../syntax/message';
import { type EnumValue, LEVELS, byRank, spellValue } from '../semantics/enums';
import type { EnumRef } from '../semantics/model';
import { type Fix, type RuleContext, defineRule } from './rule';

export default defineRule({
  id: 'level-mismatch',
  description: msg(
    "A plan's level must be what its parent assesses, it must assess the next level down, and its period must be its parent's.",
    '方案的层级须与上级方案的考核对象一致，考核对象须为下一层级，考核年度须与上级方案一致。',
  ),
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      const parent = plan.parent?.target;
      const level = plan.level?.value;
      const assesses = plan.assesses?.value;
      if (parent !== undefined && level !== undefined && parent.assesses?.value !== undefined && parent.assesses.value !== level) {
        const expected = parent.assesses.value;
        ctx.report({
          range: plan.level!.ref.range,
          message: msg(
            `Plan \`${plan.name}\` is issued at the ${level.id} level, but its parent \`${parent.name}\` assesses the ${expected.id} level`,
            `方案“${plan.name}”的层级为“${zhOf(plan.level!)}”，与上级方案“${parent.name}”的考核对象“${zhOf(parent.assesses)}”不一致`,
          ),
          related: [{ uri: parent.uri, range: parent.assesses.ref.range, message: msg(`What \`${parent.name}\` assesses`, `“${parent.name}”的考核对象`) }],
          suggestions: [changeTo(ctx, plan.level!, expected)],
        });
      }
      if (level !== undefined && assesses !== undefined && assesses.rank !== level.rank + 1) {
        const below = byRank(LEVELS, level.rank + 1);
        ctx.report({
          range: plan.assesses!.ref.range,
          message: below === undefined
            ? msg(
              `Plan \`${plan.name}\` is issued at the ${level.id} level, the lowest: there is no level below it to assess`,
              `方案“${plan.name}”的层级“${zhOf(plan.level!)}”已是最低层级，无下一级可考核`,
            )
            : msg(
              `Plan \`${plan.name}\` is issued at the ${level.id} level, so it should assess the ${below.id} level, not the ${assesses.id} level`,
              `方案“${plan.name}”的层级为“${zhOf(plan.level!)}”，考核对象应为下一级“${below.zh[0]}”，而非“${zhOf(plan.assesses!)}”`,
            ),
          related: [{ uri: ctx.file.uri, range: plan.level!.ref.range, message: msg(`The level of \`${plan.name}\``, `“${plan.name}”的层级`) }],
          suggestions: below === undefined ? undefined : [changeTo(ctx, plan.assesses!, below)],
        });
      }
      const period = plan.period;
      const parentPeriod = parent?.period;
      if (parent !== undefined && period !== undefined && parentPeriod !== undefined && period.value !== parentPeriod.value) {
        ctx.report({
          range: period.range,
          message: msg(
            `Plan \`${plan.name}\` is for ${period.text}, but its parent \`${parent.name}\` is for ${parentPeriod.text}`,
            `方案“${plan.name}”的考核年度为 ${period.text}，与上级方案“${parent.name}”的考核年度 ${parentPeriod.text} 不一致`,
          ),
          related: [{ uri: parent.uri, range: parentPeriod.range, message: msg(`The period of \`${parent.name}\``, `“${parent.name}”的考核年度`) }],
          suggestions: [{
            title: msg(`Change to ${parentPeriod.text}`, `改为 ${parentPeriod.text}`),
            edits: [{ uri: ctx.file.uri, range: period.range, newText: parentPeriod.text }],
          }],
        });
      }
    }
  },
});

/** Replaces a level, written in the script of the value it replaces. */
function changeTo(ctx: RuleContext, ref: EnumRef, value: EnumValue): Fix {
  const spelling = spellValue(value, isAscii(ref.ref) ? 'en' : 'zh');
  return {
    title: msg(`Change to \`${spelling}\``, `改为“${spelling}”`),
    edits: [{ uri: ctx.file.uri, range: ref.ref.range, newText: spelling }],
  };
}

/** A level's Chinese name as written (`街道` stays `街道`), or its first Chinese spelling. */
function zhOf(ref: EnumRef): string {
  return isAscii(ref.ref) ? ref.value!.zh[0] : ref.ref.text;
}

function isAscii(name: Name): boolean {
  return /^[\x00-\x7f]*$/.test(name.text);
}
