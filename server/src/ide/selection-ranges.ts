/**
 * Selection ranges ("expand selection"): for each offset, the ranges around it from the
 * innermost out: the token, a target or a list of names, the property or declaration
 * line, the block's body, the block, the enclosing plan's body and the plan, the file.
 */
import type * as ast from '../syntax/ast';
import type { TextRange } from '../syntax/text';
import type { Analysis } from './analysis';

/** For each offset, the ranges that contain it, innermost first, each strictly larger than the one before. */
export function selectionRanges(analysis: Analysis, uri: string, offsets: readonly number[]): TextRange[][] {
  const file = analysis.file(uri);
  if (file === undefined) return offsets.map(() => []);
  const candidates = collect(file.document, file.text.length);
  return offsets.map((offset) => {
    const containing = candidates.filter((r) => r.start <= offset && offset <= r.end);
    containing.sort((a, b) => (a.end - a.start) - (b.end - b.start) || b.start - a.start);
    const out: TextRange[] = [];
    for (const r of containing) {
      const previous = out[out.length - 1];
      if (previous !== undefined && (r.end - r.start <= previous.end - previous.start || r.start > previous.start || r.end < previous.end)) continue;
      out.push(r);
    }
    return out;
  });
}

function collect(document: ast.Document, length: number): TextRange[] {
  const out: TextRange[] = [{ start: 0, end: length }];
  for (const token of document.tokens) out.push(token.range);
  for (const comment of document.comments) out.push(comment.range);
  const property = (prop: ast.Property): void => {
    out.push(prop.range);
    if (prop.target !== undefined) out.push(prop.target.range);
    if (prop.names.length > 1) out.push({ start: prop.names[0].range.start, end: prop.names[prop.names.length - 1].range.end });
  };
  const body = (node: { bodyStart?: number; bodyEnd?: number }): void => {
    if (node.bodyStart !== undefined && node.bodyEnd !== undefined && node.bodyEnd > node.bodyStart) out.push({ start: node.bodyStart, end: node.bodyEnd });
  };
  const inspector = (node: ast.InspectorDecl): void => {
    out.push(node.range);
    if (node.recognizes !== undefined) {
      out.push(node.recognizes.range);
      const names = node.recognizes.names;
      if (names.length > 1) out.push({ start: names[0].range.start, end: names[names.length - 1].range.end });
    }
  };
  for (const node of document.imports) out.push(node.range);
  for (const list of document.dutyLists) {
    out.push(list.range);
    for (const duty of list.duties) {
      out.push(duty.range);
      duty.props.forEach(property);
    }
  }
  document.inspectors.forEach(inspector);
  for (const plan of document.plans) {
    out.push(plan.range);
    body(plan);
    plan.props.forEach(property);
    plan.inspectors.forEach(inspector);
    for (const indicator of plan.indicators) {
      out.push(indicator.range);
      body(indicator);
      indicator.props.forEach(property);
    }
  }
  return out;
}
