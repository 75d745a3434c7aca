/**
 * Reports an indicator proved only by paperwork (过度留痕): every method is `documents`
 * (台账资料) or `photos` (照片截图). Needs at least one method; an unknown method is not
 * paperwork. The suggestion replaces photos with field checks, or adds a field check.
 */
import type { Name } from '../syntax/ast';
import { msg } from '../syntax/message';
import { lookupEnum, METHODS, spellValue } from '../semantics/enums';
import { appendListItem } from '../semantics/edits';
import { defineRule, type Fix } from './rule';

const PAPERWORK = new Set(['documents', 'photos']);

export default defineRule({
  id: 'paperwork-evidence',
  description: msg(
    'An indicator must not be proved by documents and photos alone; check the real result.',
    '指标不得仅以台账资料、照片截图作为考核依据，应核查实际成效。',
  ),
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    const field = spellValue(lookupEnum(METHODS, 'field')!, ctx.file.document.language);
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        const methods = indicator.methods;
        if (methods.length === 0 || !methods.every((m) => m.value !== undefined && PAPERWORK.has(m.value.id))) continue;
        const names: Name[] = methods.map((m) => m.ref);
        const photos = names.filter((_, i) => methods[i].value!.id === 'photos');
        const suggestion: Fix = photos.length > 0
          ? {
            title: msg('Replace photos with field checks', '将照片截图改为实地核查'),
            edits: photos.map((name) => ({ uri: ctx.file.uri, range: name.range, newText: field })),
          }
          : {
            title: msg('Add field checks', '增加实地核查'),
            edits: [appendListItem(ctx.file, names, field)],
          };
        ctx.report({
          range: { start: names[0].range.start, end: names[names.length - 1].range.end },
          message: msg(
            `Indicator \`${indicator.name}\` is checked by paperwork only (${names.map((n) => `\`${n.text}\``).join(', ')})`,
            `指标“${indicator.name}”仅以${names.map((n) => `“${n.text}”`).join('')}作为考核依据`,
          ),
          suggestions: [suggestion],
        });
      }
    }
  },
});
