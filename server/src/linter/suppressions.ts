/**
 * `// baton-ignore <rule-id>[, <rule-id>] -- <reason>` directives (spec §5.4). A directive
 * on a line of its own hides findings on the next line that holds code; a directive after
 * code on the same line hides findings on that line.
 */
import type { FileModel } from '../semantics/model';
import type { TextRange } from '../syntax/text';

export interface Directive {
  readonly range: TextRange;
  readonly ruleIds: readonly { readonly id: string; readonly range: TextRange }[];
  readonly reason: string;
  /** Zero-based line whose findings the directive hides. */
  readonly targetLine: number;
}

const DIRECTIVE = /^\/\/\s*baton-ignore\b(.*)$/;

export function directivesOf(file: FileModel): Directive[] {
  const out: Directive[] = [];
  for (const comment of file.document.comments) {
    if (comment.block) continue;
    const match = DIRECTIVE.exec(comment.text);
    if (match === null) continue;
    const rest = match[1];
    const restStart = comment.range.start + comment.text.length - rest.length;
    const separator = rest.search(/--|——/);
    const idsText = separator < 0 ? rest : rest.slice(0, separator);
    const reason = separator < 0 ? '' : rest.slice(separator + 2).trim();
    const ruleIds: Directive['ruleIds'][number][] = [];
    const idPattern = /[^\s,，、]+/g;
    for (let m = idPattern.exec(idsText); m !== null; m = idPattern.exec(idsText)) {
      ruleIds.push({ id: m[0], range: { start: restStart + m.index, end: restStart + m.index + m[0].length } });
    }
    out.push({ range: comment.range, ruleIds, reason, targetLine: targetLineOf(file, comment.range) });
  }
  return out;
}

/** The directive's own line when it trails code, else the line of the next token (comments are not tokens). */
function targetLineOf(file: FileModel, range: TextRange): number {
  const lines = file.lines;
  const line = lines.position(range.start).line;
  const before = file.text.slice(lines.lineStart(line), range.start);
  if (before.trim() !== '') return line;
  const tokens = file.document.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].range.start < range.end) low = mid + 1;
    else high = mid;
  }
  return low < tokens.length ? lines.position(tokens[low].range.start).line : line + 1;
}
