/**
 * References that name nothing: an import path, a plan's duty list or parent, an
 * inspector (in an indicator or in `recognizes`), a `refines` target, and a `duty`
 * in a plan that has no usable duty list (reported once per plan, spec §9 "Names").
 */
import type { Name, Str } from '../syntax/ast';
import { spell } from '../syntax/keywords';
import { type Msg, msg } from '../syntax/message';
import { insertLineAfter, indentAt } from '../semantics/edits';
import type { FileModel, InspectorSym, PlanSym, TopSymbol } from '../semantics/model';
import { closestName, kindLabel, renameFix, visibleInspectors, visibleOfKind } from '../semantics/names';
import { relativePath } from '../semantics/paths';
import { closest } from '../syntax/distance';
import { lineBreakOf } from '../syntax/text';
import { type Fix, type RuleContext, defineRule } from './rule';

export default defineRule({
  id: 'unresolved-reference',
  description: msg(
    'Every import, duty list, parent plan, inspector and `refines` target a file names must exist.',
    '文件中引用的文件、职责清单、上级方案、检查主体和承接的指标均须存在。',
  ),
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    const file = ctx.file;
    checkImports(ctx);
    for (const sym of file.inspectors) checkRecognizes(ctx, sym, undefined);
    for (const plan of file.plans) {
      // Candidates for "did you mean" are gathered only when something is unresolved.
      if (plan.parent !== undefined && plan.parent.target === undefined) {
        reportName(ctx, plan.parent.ref, 'plan', visibleOfKind(file, 'plan').filter((p) => p !== plan));
      }
      if (plan.dutyList !== undefined && plan.dutyList.target === undefined) {
        reportName(ctx, plan.dutyList.ref, 'duties', visibleOfKind(file, 'duties'));
      }
      checkDutiesWithoutList(ctx, plan);
      for (const sym of plan.inspectors) checkRecognizes(ctx, sym, plan);
      let inspectors: InspectorSym[] | undefined;
      for (const indicator of plan.indicators) {
        for (const reference of indicator.inspectors) {
          if (reference.target === undefined) reportName(ctx, reference.ref, 'inspector', inspectors ??= visibleInspectors(file, plan));
        }
        checkRefines(ctx, plan, indicator.refines?.ref, indicator.refines?.target !== undefined);
      }
    }
  },
});

/** A string literal for `text` in the quotes `original` uses (Chinese quotes take no escapes). */
function quoteLike(original: string, text: string): string {
  if (original.startsWith('“') && !text.includes('”')) return `“${text}”`;
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

function checkImports(ctx: RuleContext): void {
  const file = ctx.file;
  // Built only when an import is unresolved: listing every file for every file is quadratic.
  let others: string[] | undefined;
  for (const { node, target } of file.imports) {
    if (node.path === undefined || target !== undefined) continue;
    others ??= ctx.model.uris.filter((uri) => uri !== file.uri);
    const path = node.path;
    const best = closest(path.value, others, (uri) => [relativePath(file.uri, uri)]);
    const suggestion = best === undefined ? undefined : relativePath(file.uri, best);
    ctx.report({
      range: path.range,
      message: withGuess(msg(`Cannot find the imported file \`${path.value}\``, `找不到引用的文件“${path.value}”`), suggestion),
      suggestions: suggestion === undefined ? undefined : [{
        title: msg(`Change to \`${suggestion}\``, `改为“${suggestion}”`),
        edits: [{ uri: file.uri, range: path.range, newText: quoteLike(file.text.slice(path.range.start, path.range.end), suggestion) }],
      }],
    });
  }
}

function withGuess(message: Msg, guess: string | undefined): Msg {
  if (guess === undefined) return message;
  return msg(`${message.en}; did you mean \`${guess}\`?`, `${message.zh}，是否应为“${guess}”？`);
}

/** Reports `ref`, which should name a `kind` symbol, with the closest candidate as a suggestion. */
function reportName(ctx: RuleContext, ref: Name, kind: TopSymbol['kind'], candidates: readonly { name: string; node: { title?: Str } }[]): void {
  const want = kindLabel(kind);
  const other = ctx.file.scope.get(ref.text);
  const best = closestName(ref, candidates, (c) => (c.node.title === undefined ? [] : [c.node.title.value]));
  const message = other !== undefined && other.kind !== kind
    ? msg(`\`${ref.text}\` is a ${kindLabel(other.kind).en}, not a ${want.en}`, `“${ref.text}”是${kindLabel(other.kind).zh}，不是${want.zh}`)
    : msg(`Cannot find ${want.en} \`${ref.text}\``, `找不到${want.zh}“${ref.text}”`);
  ctx.report({
    range: ref.range,
    message: withGuess(message, best?.name),
    suggestions: best === undefined ? undefined : [renameFix(ctx.file.uri, ref, best.name)],
  });
}

function checkRecognizes(ctx: RuleContext, sym: InspectorSym, plan: PlanSym | undefined): void {
  if (!sym.recognizes.some((r) => r.target === undefined)) return;
  const candidates = visibleInspectors(ctx.file, plan).filter((other) => other !== sym);
  for (const reference of sym.recognizes) {
    if (reference.target === undefined) reportName(ctx, reference.ref, 'inspector', candidates);
  }
}

function checkRefines(ctx: RuleContext, plan: PlanSym, ref: Name | undefined, resolved: boolean): void {
  if (ref === undefined || resolved) return;
  const parentRef = plan.prop('Parent');
  if (parentRef === undefined) {
    ctx.report({
      range: ref.range,
      message: msg(
        `Cannot find indicator \`${ref.text}\`: \`refines\` names an indicator of the parent plan, and plan \`${plan.name}\` has no \`parent\``,
        `找不到承接的指标“${ref.text}”：方案“${plan.name}”未指定上级方案`,
      ),
    });
    return;
  }
  const parent = plan.parent?.target;
  // An unresolved parent is reported on the parent itself; its indicators are unknown.
  if (parent === undefined) return;
  const best = closestName(ref, parent.indicators, (i) => (i.node.title === undefined ? [] : [i.node.title.value]));
  ctx.report({
    range: ref.range,
    message: withGuess(msg(`Parent plan \`${parent.name}\` has no indicator \`${ref.text}\``, `上级方案“${parent.name}”中没有指标“${ref.text}”`), best?.name),
    related: [{ uri: parent.uri, range: parent.node.name!.range, message: msg(`Parent plan \`${parent.name}\``, `上级方案“${parent.name}”`) }],
    suggestions: best === undefined ? undefined : [renameFix(ctx.file.uri, ref, best.name)],
  });
}

/**
 * A `duty` needs the plan's duty list. Without a `duties` property, the first `duty` of the
 * plan is reported (once); with an unresolved list, the list itself was reported above.
 */
function checkDutiesWithoutList(ctx: RuleContext, plan: PlanSym): void {
  if (plan.prop('Duties') !== undefined) return;
  const first = plan.indicators.find((indicator) => indicator.duty !== undefined);
  if (first === undefined) return;
  const ref = first.duty!.ref;
  const count = plan.indicators.filter((indicator) => indicator.duty !== undefined).length;
  const lists = visibleOfKind(ctx.file, 'duties').filter((list) => list.duties.has(ref.text));
  const fix = lists.length === 1 ? addDutiesFix(ctx.file, plan, lists[0].name) : undefined;
  ctx.report({
    range: ref.range,
    message: count > 1
      ? msg(
        `Cannot resolve duty \`${ref.text}\` (nor the other ${count - 1} duties of this plan): plan \`${plan.name}\` has no duty list`,
        `无法识别职责“${ref.text}”（及本方案其余 ${count - 1} 项职责）：方案“${plan.name}”未指定职责清单`,
      )
      : msg(`Cannot resolve duty \`${ref.text}\`: plan \`${plan.name}\` has no duty list`, `无法识别职责“${ref.text}”：方案“${plan.name}”未指定职责清单`),
    suggestions: fix === undefined ? undefined : [fix],
  });
}

/** Adds `duties <list>` after the plan's last property, or as the first line of its body. */
function addDutiesFix(file: FileModel, plan: PlanSym, list: string): Fix | undefined {
  const line = `${spell('Duties', file.document.language)} ${list}`;
  const title = msg(`Add \`duties ${list}\` to the plan`, `为方案添加“职责清单 ${list}”`);
  const last = plan.node.props[plan.node.props.length - 1];
  if (last !== undefined) return { title, edits: [insertLineAfter(file, last.range, line)] };
  const start = plan.node.bodyStart;
  if (start === undefined) return undefined;
  const indent = `${indentAt(file, plan.node.range.start)}  `;
  return { title, edits: [{ uri: file.uri, range: { start, end: start }, newText: `${lineBreakOf(file.text)}${indent}${line}` }] };
}
