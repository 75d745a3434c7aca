/**
 * Every one-vote veto (一票否决) must cite the law or regulation that authorises it. The
 * suggestion writes a placeholder basis the author has to replace with the real citation;
 * it is never applied automatically, because only the author knows the basis.
 */
import type { Property } from '../syntax/ast';
import { msg } from '../syntax/message';
import type { FileModel } from '../semantics/model';
import { defineRule } from './rule';

export default defineRule({
  id: 'veto-without-basis',
  description: msg(
    'A one-vote veto must cite the law or regulation that authorises it.',
    '设置一票否决须注明法律法规依据。',
  ),
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    for (const plan of ctx.file.plans) {
      for (const indicator of plan.indicators) {
        for (const prop of indicator.node.props) {
          if (prop.keyword !== 'Veto' || (prop.str !== undefined && prop.str.value.trim() !== '')) continue;
          ctx.report({
            range: prop.keywordRange,
            message: msg(
              `The veto on indicator \`${indicator.name}\` cites no legal basis`,
              `指标“${indicator.name}”设置一票否决，未注明法律法规依据`,
            ),
            suggestions: [{
              title: msg('Add a basis placeholder to fill in', '添加待填写的依据'),
              edits: [placeholderEdit(ctx.file, prop)],
            }],
          });
        }
      }
    }
  },
});

function placeholderEdit(file: FileModel, prop: Property) {
  const zh = file.document.language === 'zh';
  const text = zh ? '依据：（请填写法律法规名称及条款）' : 'Basis: (name the law or regulation and its article)';
  const firstString = file.document.tokens.find((token) => token.type === 'StringLiteral');
  const chineseQuotes = firstString === undefined ? zh : firstString.image.startsWith('“');
  const quoted = chineseQuotes ? `“${text}”` : `"${text}"`;
  if (prop.str !== undefined) return { uri: file.uri, range: prop.str.range, newText: quoted };
  // After the keyword, or after the `:` that may follow it (`一票否决：`).
  let at = prop.keywordRange.end;
  let next = at;
  while (next < file.text.length && /[ \t\u3000]/.test(file.text[next])) next++;
  const colon = file.text[next];
  if (colon === ':' || colon === '：') at = next + 1;
  // A full-width colon already reads as a gap in Chinese text.
  return { uri: file.uri, range: { start: at, end: at }, newText: colon === '：' ? quoted : ` ${quoted}` };
}
