/**
 * Reports an inspector that checks a matter (a duty, for the same region, assessed level
 * and period) another inspector already checks, when neither recognizes the other's results.
 */
import { defineRule, type Fix, type RuleContext } from './rule';
import { msg } from '../syntax/message';
import { spell } from '../syntax/keywords';
import { appendListItem, removeListItem, removeStatement } from '../semantics/edits';
import { type DuplicateInspection, duplicatesIn, matterLabel } from '../semantics/inspections';
import { type InspectorSym, lookupInspector, type PlanGroup } from '../semantics/model';

export default defineRule({
  id: 'duplicate-inspector',
  description: msg(
    'One matter must be checked by one inspector, or the others must recognize its results.',
    '同一事项只应由一个检查主体检查，其他检查主体应互认其检查结果。',
  ),
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    const groups = new Set<PlanGroup>(ctx.file.plans.map((plan) => plan.group));
    for (const duplicate of duplicatesIn(groups, ctx.file.uri)) {
      const { reference, kept } = duplicate;
      const matter = matterLabel(duplicate.matter);
      const dept = reference.inspector.department;
      const keptDept = kept.inspector.department;
      const keptPlan = kept.indicator.plan.name;
      const suggestions: Fix[] = [removeReference(ctx, duplicate)];
      const recognize = addRecognizes(ctx, duplicate);
      if (recognize !== undefined) suggestions.push(recognize);
      ctx.report({
        range: reference.ref.range,
        message: msg(
          `\`${dept}\` checks \`${matter}\` again: \`${keptDept}\` already checks it in plan \`${keptPlan}\`, and neither recognizes the other's results`,
          `“${dept}”重复检查“${matter}”：“${keptDept}”已在方案“${keptPlan}”中检查该事项，且双方未互认结果`,
        ),
        related: [{ uri: kept.indicator.uri, range: kept.ref.range, message: msg(`\`${keptDept}\` checks \`${matter}\` here`, `“${keptDept}”在此检查“${matter}”`) }],
        suggestions,
      });
    }
  },
});

/** Keeps the other inspector: removes this name, or the whole `inspector` line when it is the only one. */
function removeReference(ctx: RuleContext, duplicate: DuplicateInspection): Fix {
  const { reference, kept } = duplicate;
  const property = reference.indicator.prop('Inspector')!;
  const edit = property.names.length === 1 ? removeStatement(ctx.file, property.range) : removeListItem(ctx.file, property.names, reference.index);
  return {
    title: msg(`Remove \`${reference.ref.text}\` and keep \`${kept.ref.text}\``, `删除“${reference.ref.text}”，保留“${kept.ref.text}”`),
    edits: [edit],
  };
}

/**
 * Adds `recognizes <kept>` to this inspector's declaration (possibly in another file),
 * under a name that resolves to the kept inspector there; none when no such name is visible.
 */
function addRecognizes(ctx: RuleContext, duplicate: DuplicateInspection): Fix | undefined {
  const declaration = duplicate.reference.inspector;
  const file = ctx.model.files.get(declaration.uri);
  if (file === undefined || declaration.node.name === undefined) return undefined;
  const identity = duplicate.kept.inspector.identity;
  const visible = (name: string): boolean => lookupInspector(file, declaration.plan, name)?.identity === identity;
  let name: string | undefined = visible(duplicate.kept.ref.text) ? duplicate.kept.ref.text : undefined;
  if (name === undefined) {
    const candidates: Iterable<InspectorSym> = [...(declaration.plan?.localInspectors.values() ?? []), ...[...file.scope.values()].filter((s): s is InspectorSym => s.kind === 'inspector')];
    for (const candidate of candidates) {
      if (candidate.identity === identity && visible(candidate.name)) {
        name = candidate.name;
        break;
      }
    }
  }
  if (name === undefined) return undefined;
  const node = declaration.node;
  const keyword = spell('Recognizes', file.document.language);
  let edit;
  if (node.recognizes !== undefined && node.recognizes.names.length > 0) edit = appendListItem(file, node.recognizes.names, name);
  else if (node.recognizes !== undefined) edit = { uri: file.uri, range: { start: node.recognizes.keywordRange.end, end: node.recognizes.keywordRange.end }, newText: ` ${name}` };
  else {
    const end = Math.max(node.name!.range.end, node.title?.range.end ?? 0, node.inspectorKind?.range.end ?? 0);
    edit = { uri: file.uri, range: { start: end, end }, newText: ` ${keyword} ${name}` };
  }
  return {
    title: msg(`Add \`${spell('Recognizes', 'en')} ${name}\` to \`${declaration.name}\``, `为“${declaration.name}”添加“${spell('Recognizes', 'zh')} ${name}”`),
    edits: [edit],
  };
}
