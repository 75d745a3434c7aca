/**
 * Names defined twice in one scope (spec §4 "Names and scopes", §9): top-level names of a
 * file, inspectors and indicators of a plan, duties of a list, and a property given twice
 * in one block. Every definition after the first is reported, related to the first.
 */
import type { Name, Property } from '../syntax/ast';
import { KEYWORD_BY_NAME } from '../syntax/keywords';
import { type Msg, msg } from '../syntax/message';
import { removeStatement } from '../semantics/edits';
import type { FileModel, TopSymbol } from '../semantics/model';
import { kindLabel } from '../semantics/names';
import { relativePath } from '../semantics/paths';
import { type RuleContext, defineRule } from './rule';

export default defineRule({
  id: 'duplicate-definition',
  description: msg(
    'A name must be defined once in its scope, and a property given once in its block.',
    '同一作用域内，同一名称只能定义一次；同一代码块内，同一属性只能出现一次。',
  ),
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    const file = ctx.file;
    checkNames(ctx, file.definitions.map((sym) => ({ name: sym.node.name!, kind: kindLabel(sym.kind) })), msg('in this file', '本文件中'));
    checkImportClashes(ctx);
    for (const list of file.dutyLists) {
      checkNames(ctx, list.all.map((duty) => ({ name: duty.node.name!, kind: kindLabel('duty') })), msg(`in duty list \`${list.name}\``, `职责清单“${list.name}”中`));
      for (const duty of list.all) checkProperties(ctx, duty.node.props, msg(`duty \`${duty.name}\``, `职责“${duty.name}”`));
    }
    for (const plan of file.plans) {
      const where = msg(`in plan \`${plan.name}\``, `方案“${plan.name}”中`);
      checkNames(ctx, plan.inspectors.map((sym) => ({ name: sym.node.name!, kind: kindLabel('inspector') })), where);
      checkNames(ctx, plan.indicators.map((sym) => ({ name: sym.node.name!, kind: kindLabel('indicator') })), where);
      checkProperties(ctx, plan.node.props, msg(`plan \`${plan.name}\``, `方案“${plan.name}”`));
      for (const indicator of plan.indicators) checkProperties(ctx, indicator.node.props, msg(`indicator \`${indicator.name}\``, `指标“${indicator.name}”`));
    }
  },
});

/** Reports every name after the first of its spelling, related to the first. */
function checkNames(ctx: RuleContext, names: readonly { name: Name; kind: Msg }[], where: Msg): void {
  const first = new Map<string, { name: Name; kind: Msg }>();
  for (const entry of names) {
    const earlier = first.get(entry.name.text);
    if (earlier === undefined) {
      first.set(entry.name.text, entry);
      continue;
    }
    const text = entry.name.text;
    const line = ctx.file.lines.position(earlier.name.range.start).line + 1;
    ctx.report({
      range: entry.name.range,
      message: msg(
        `\`${text}\` is already defined ${where.en} (${earlier.kind.en}, line ${line})`,
        `${where.zh}已定义${earlier.kind.zh}“${text}”（第 ${line} 行），不得重复定义`,
      ),
      related: [{ uri: ctx.file.uri, range: earlier.name.range, message: msg(`First definition of \`${text}\``, `“${text}”的首次定义`) }],
    });
  }
}

/** Notes may repeat: they carry no meaning. Every other property counts once, the first. */
const REPEATABLE = new Set(['Note']);

function checkProperties(ctx: RuleContext, props: readonly Property[], owner: Msg): void {
  const first = new Map<string, Property>();
  for (const prop of props) {
    if (REPEATABLE.has(prop.keyword)) continue;
    const earlier = first.get(prop.keyword);
    if (earlier === undefined) {
      first.set(prop.keyword, prop);
      continue;
    }
    const keyword = KEYWORD_BY_NAME.get(prop.keyword);
    const written = ctx.file.text.slice(prop.keywordRange.start, prop.keywordRange.end);
    const en = keyword?.en ?? written;
    const zh = keyword?.zh ?? written;
    ctx.report({
      range: prop.keywordRange,
      message: msg(
        `\`${en}\` is given twice in ${owner.en}: only the first one counts`,
        `${owner.zh}中“${zh}”重复出现，仅第一处有效`,
      ),
      related: [{ uri: ctx.file.uri, range: earlier.keywordRange, message: msg(`The \`${en}\` that counts`, `有效的“${zh}”`) }],
      suggestions: [{ title: msg(`Remove this \`${written}\` line`, `删除此处重复的“${written}”`), edits: [removeStatement(ctx.file, prop.range)] }],
    });
  }
}

/**
 * Two directly imported files that define the same name (and the file itself does not):
 * the name is ambiguous here and silently means the first import's. Reported on the
 * later import, once per name.
 */
function checkImportClashes(ctx: RuleContext): void {
  const file = ctx.file;
  const seen = new Map<string, { sym: TopSymbol; importRange: Name['range'] }>();
  const own = new Set(file.definitions.map((sym) => sym.name));
  const files = new Set<string>();
  for (const { node, target } of file.imports) {
    if (target === undefined || target === file.uri || files.has(target) || node.path === undefined) continue;
    files.add(target);
    const imported: FileModel | undefined = ctx.model.files.get(target);
    if (imported === undefined) continue;
    const reported = new Set<string>();
    for (const sym of imported.definitions) {
      if (own.has(sym.name)) continue;
      const earlier = seen.get(sym.name);
      if (earlier === undefined) {
        seen.set(sym.name, { sym, importRange: node.path.range });
        continue;
      }
      if (earlier.sym === sym || earlier.sym.uri === sym.uri || reported.has(sym.name)) continue;
      reported.add(sym.name);
      const here = relativePath(file.uri, sym.uri);
      const there = relativePath(file.uri, earlier.sym.uri);
      ctx.report({
        range: node.path.range,
        message: msg(
          `\`${sym.name}\` is defined both in \`${there}\` and in \`${here}\`: here it means the one in \`${there}\``,
          `“${sym.name}”在“${there}”和“${here}”中均有定义，本文件使用的是“${there}”中的定义`,
        ),
        related: [
          { uri: earlier.sym.uri, range: earlier.sym.node.name!.range, message: msg(`\`${sym.name}\` in \`${there}\``, `“${there}”中的“${sym.name}”`) },
          { uri: sym.uri, range: sym.node.name!.range, message: msg(`\`${sym.name}\` in \`${here}\``, `“${here}”中的“${sym.name}”`) },
        ],
      });
    }
  }
}
