/**
 * An indicator must not be checked more often than `maxFrequency` (default quarterly);
 * weekly and daily checks (周周考, 日日考) are errors. The safe fix lowers the frequency
 * to the configured maximum, spelled in the file's keyword language.
 */
import { msg } from '../syntax/message';
import { FREQUENCIES, lookupEnum, spellValue } from '../semantics/enums';
import { defineRule } from './rule';

/** Checks a year from which a frequency is always an error (weekly and daily). */
const ERROR_RANK = 52;

export default defineRule({
  id: 'frequency-too-high',
  description: msg(
    'An indicator must not be checked more often than the configured maximum (`maxFrequency`, quarterly by default).',
    '指标的检查频次不得高于设定上限（配置项“maxFrequency”，默认每季度）。',
  ),
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    const max = lookupEnum(FREQUENCIES, ctx.options.maxFrequency) ?? lookupEnum(FREQUENCIES, 'quarterly')!;
    const language = ctx.file.document.language;
    const maxText = spellValue(max, language);
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        const frequency = indicator.frequency;
        const value = frequency?.value;
        if (frequency === undefined || value === undefined || value.rank <= max.rank) continue;
        ctx.report({
          range: frequency.ref.range,
          message: msg(
            `Indicator \`${indicator.name}\` is checked \`${frequency.ref.text}\` (${value.rank} times a year), more often than the maximum \`${maxText}\` (${max.rank})`,
            `指标“${indicator.name}”的检查频次为“${frequency.ref.text}”（每年 ${value.rank} 次），高于上限“${maxText}”（每年 ${max.rank} 次）`,
          ),
          severity: value.rank >= ERROR_RANK ? 'error' : undefined,
          fix: {
            title: msg(`Lower the frequency to \`${maxText}\``, `将频次降为“${maxText}”`),
            edits: [{ uri: ctx.file.uri, range: frequency.ref.range, newText: maxText }],
          },
        });
      }
    }
  },
});
