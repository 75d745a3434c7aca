/**
 * Folding ranges: blocks (plan, indicator, duty list, duty), multi-line block comments,
 * runs of line comments and runs of imports. Each range folds from the line of
 * `range.start` to the line of `range.end`; a block keeps its closing `}` line visible.
 */
import type { TextRange } from '../syntax/text';
import type { Analysis } from './analysis';

export interface FoldingRange {
  readonly range: TextRange;
  readonly kind?: 'comment' | 'imports';
}

export function foldingRanges(analysis: Analysis, uri: string): FoldingRange[] {
  const file = analysis.file(uri);
  if (file === undefined) return [];
  const { document, lines, text } = file;
  const out: FoldingRange[] = [];
  const lineOf = (offset: number): number => lines.position(offset).line;

  const block = (node: { range: TextRange; bodyEnd?: number }): void => {
    const startLine = lineOf(node.range.start);
    const close = node.bodyEnd ?? (/[}｝]/.test(text[node.range.end - 1] ?? '') ? node.range.end - 1 : undefined);
    const endLine = close === undefined ? lineOf(node.range.end) : lineOf(close) - 1;
    if (endLine > startLine) out.push({ range: { start: node.range.start, end: lines.lineEnd(endLine) } });
  };
  for (const list of document.dutyLists) {
    block(list);
    for (const duty of list.duties) if (duty.props.length > 0 || /[}｝]/.test(text[duty.range.end - 1] ?? '')) block(duty);
  }
  for (const plan of document.plans) {
    block(plan);
    for (const indicator of plan.indicators) block(indicator);
  }

  // Comments: a multi-line block comment, or consecutive lines holding only a line comment.
  let run: TextRange | undefined;
  let runLine = -2;
  const flush = (): void => {
    if (run !== undefined && lineOf(run.end) > lineOf(run.start)) out.push({ range: run, kind: 'comment' });
    run = undefined;
  };
  for (const comment of document.comments) {
    const line = lineOf(comment.range.start);
    if (comment.block) {
      flush();
      if (lineOf(comment.range.end) > line) out.push({ range: comment.range, kind: 'comment' });
      continue;
    }
    const ownLine = text.slice(lines.lineStart(line), comment.range.start).trim() === '';
    if (!ownLine) {
      flush();
      continue;
    }
    if (run !== undefined && line === runLine + 1) run = { start: run.start, end: comment.range.end };
    else {
      flush();
      run = comment.range;
    }
    runLine = line;
  }
  flush();

  // Imports on consecutive lines.
  let imports: TextRange | undefined;
  let importLine = -2;
  const flushImports = (): void => {
    if (imports !== undefined && lineOf(imports.end) > lineOf(imports.start)) out.push({ range: imports, kind: 'imports' });
    imports = undefined;
  };
  for (const node of document.imports) {
    const line = lineOf(node.range.start);
    if (imports !== undefined && line === importLine + 1) imports = { start: imports.start, end: node.range.end };
    else {
      flushImports();
      imports = node.range;
    }
    importLine = lineOf(node.range.end);
  }
  flushImports();

  return out.sort((a, b) => a.range.start - b.range.start);
}
