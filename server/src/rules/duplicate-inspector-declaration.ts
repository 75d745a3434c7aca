/**
 * Two inspector ids that name the same department (the title string) in one scope: the
 * top-level inspectors of a file, or a plan's inspectors together with the top-level ones
 * it sees. The same department under two ids splits its load and hides duplicate checks.
 */
import { msg } from '../syntax/message';
import type { InspectorSym } from '../semantics/model';
import { visibleOfKind } from '../semantics/names';
import { type RuleContext, defineRule } from './rule';

export default defineRule({
  id: 'duplicate-inspector-declaration',
  description: msg(
    'A department must be declared as an inspector once in a scope, under one id.',
    '同一作用域内，同一部门只能声明为一个检查主体。',
  ),
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    const file = ctx.file;
    // Top-level scope of this file.
    const topFirst = new Map<string, InspectorSym>();
    const topIds = new Set<string>();
    for (const sym of file.inspectors) {
      if (topIds.has(sym.name)) continue; // a duplicate id is duplicate-definition
      topIds.add(sym.name);
      const title = sym.node.title?.value;
      if (title === undefined) continue;
      const first = topFirst.get(title);
      if (first === undefined) topFirst.set(title, sym);
      else report(ctx, sym, first, title);
    }
    // Top-level inspectors visible in this file (own first, then direct imports), by department.
    const visibleByTitle = new Map<string, InspectorSym[]>();
    for (const sym of visibleOfKind(file, 'inspector')) {
      const title = sym.node.title?.value;
      if (title === undefined) continue;
      const list = visibleByTitle.get(title);
      if (list === undefined) visibleByTitle.set(title, [sym]);
      else list.push(sym);
    }
    for (const plan of file.plans) {
      const seen = new Map<string, InspectorSym>();
      for (const sym of plan.localInspectors.values()) {
        const title = sym.node.title?.value;
        if (title === undefined) continue;
        // A top-level inspector comes first unless this plan shadows its id.
        const outer = visibleByTitle.get(title)?.find((top) => !plan.localInspectors.has(top.name));
        const first = outer ?? seen.get(title);
        if (first === undefined) seen.set(title, sym);
        else report(ctx, sym, first, title);
      }
    }
  },
});

function report(ctx: RuleContext, sym: InspectorSym, first: InspectorSym, department: string): void {
  ctx.report({
    range: sym.node.name!.range,
    message: msg(
      `Inspector \`${sym.name}\` names the same department as \`${first.name}\` (${department}): declare it once`,
      `检查主体“${sym.name}”与“${first.name}”为同一部门（${department}），应只声明一次`,
    ),
    related: [{ uri: first.uri, range: first.node.name!.range, message: msg(`\`${first.name}\` declares ${department}`, `“${first.name}”已声明为${department}`) }],
  });
}
