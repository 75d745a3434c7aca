/** Edit builders shared by fixes: remove a statement's lines, insert a property line, drop a list item. */
import type { Name } from '../syntax/ast';
import type { TextRange } from '../syntax/text';
import { lineBreakOf } from '../syntax/text';
import type { FileModel } from './model';

export interface Edit {
  readonly uri: string;
  readonly range: TextRange;
  readonly newText: string;
}

/** The indentation of the line holding `offset`. */
export function indentAt(file: FileModel, offset: number): string {
  const line = file.lines.position(offset).line;
  return /^[ \t\u3000]*/.exec(file.lines.lineText(line))![0];
}

/**
 * Removes a statement. When it stands alone on its lines (comments after it included),
 * the whole lines go, with their line break; otherwise just the statement.
 */
export function removeStatement(file: FileModel, range: TextRange): Edit {
  const lines = file.lines;
  const first = lines.position(range.start).line;
  const last = lines.position(range.end).line;
  const start = lines.lineStart(first);
  const end = lines.lineEnd(last);
  const before = file.text.slice(start, range.start);
  const after = file.text.slice(range.end, end).trim();
  if (before.trim() === '' && (after === '' || after.startsWith('//'))) {
    const next = last + 1 < lines.lineCount ? lines.lineStart(last + 1) : end;
    return { uri: file.uri, range: { start, end: next }, newText: '' };
  }
  let trailing = range.end;
  while (trailing < file.text.length && /[ \t]/.test(file.text[trailing])) trailing++;
  return { uri: file.uri, range: { start: range.start, end: trailing }, newText: '' };
}

/** Inserts `text` as a new line after the statement ending at `after`, with the same indentation. */
export function insertLineAfter(file: FileModel, after: TextRange, text: string): Edit {
  const indent = indentAt(file, after.start);
  const line = file.lines.position(after.end).line;
  const end = file.lines.lineEnd(line);
  return { uri: file.uri, range: { start: end, end }, newText: `${lineBreakOf(file.text)}${indent}${text}` };
}

/**
 * Inserts a property line at the end of a block body (before `}`), indented like the
 * block's other lines or one level deeper than the block's own line.
 */
export function insertInBody(file: FileModel, block: { range: TextRange; bodyEnd?: number; props: readonly { range: TextRange }[] }, text: string): Edit | undefined {
  const last = block.props[block.props.length - 1];
  if (last !== undefined) return insertLineAfter(file, last.range, text);
  if (block.bodyEnd === undefined) return undefined;
  const indent = `${indentAt(file, block.range.start)}  `;
  const closeLine = file.lines.position(block.bodyEnd).line;
  const openLine = file.lines.position(block.range.start).line;
  const eol = lineBreakOf(file.text);
  if (closeLine === openLine) {
    return { uri: file.uri, range: { start: block.bodyEnd, end: block.bodyEnd }, newText: `${eol}${indent}${text}${eol}${indentAt(file, block.range.start)}` };
  }
  const at = file.lines.lineStart(closeLine);
  return { uri: file.uri, range: { start: at, end: at }, newText: `${indent}${text}${eol}` };
}

/** Removes `names[index]` from a `,`/`、` list, with the separator before it (or after it, for the first). */
export function removeListItem(file: FileModel, names: readonly Name[], index: number): Edit {
  const item = names[index];
  if (names.length === 1) return { uri: file.uri, range: item.range, newText: '' };
  if (index > 0) return { uri: file.uri, range: { start: names[index - 1].range.end, end: item.range.end }, newText: '' };
  return { uri: file.uri, range: { start: item.range.start, end: names[1].range.start }, newText: '' };
}

/** Appends a name to a list, with the separator the list already uses (`、` in Chinese files). */
export function appendListItem(file: FileModel, names: readonly Name[], name: string): Edit {
  const last = names[names.length - 1];
  const separator = names.length > 1 ? file.text.slice(names[names.length - 2].range.end, names[names.length - 1].range.start).trim() : file.document.language === 'zh' ? '、' : ', ';
  const glue = separator === ',' ? ', ' : separator;
  return { uri: file.uri, range: { start: last.range.end, end: last.range.end }, newText: `${glue}${name}` };
}
