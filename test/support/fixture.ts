/**
 * Fixture text: several files separated by `//- /path` lines, caret annotations under the
 * offending text, and `<|>` cursors. Carets count display columns (a CJK character is two),
 * so they line up under Chinese text in an editor.
 */

import { displayWidth } from '../../server/src/ide/width';

export interface FixtureFile {
  readonly path: string;
  readonly text: string;
}

const FILE_MARKER = /^\/\/- (\S+)\s*$/;
export const ANNOTATION = /^\s*\/\/\s*(\^+|<(?:@\d+)?-+)\s+(error|warning|info|hint)\s+([a-z0-9-]+): /;
export const CURSOR = '<|>';

/** Splits a fixture into files; without markers it is one file, `/main.baton`. */
export function splitFiles(fixture: string): FixtureFile[] {
  const source = fixture.startsWith('\n') ? fixture.slice(1) : fixture;
  const lines = source.split('\n');
  if (!FILE_MARKER.test(lines[0] ?? '')) return [{ path: '/main.baton', text: source }];
  const files: FixtureFile[] = [];
  let current: { path: string; lines: string[] } | undefined;
  for (const line of lines) {
    const marker = FILE_MARKER.exec(line);
    if (marker !== null) {
      if (current !== undefined) files.push({ path: current.path, text: current.lines.join('\n') });
      current = { path: marker[1], lines: [] };
    } else current!.lines.push(line);
  }
  if (current !== undefined) files.push({ path: current.path, text: current.lines.join('\n') });
  return files;
}

export function joinFiles(files: readonly FixtureFile[], single: boolean): string {
  if (single && files.length === 1 && files[0].path === '/main.baton') return `\n${files[0].text}`;
  return `\n${files.map((f) => `//- ${f.path}\n${f.text}`).join('\n')}`;
}

export function stripAnnotations(text: string): string {
  return text.split('\n').filter((line) => !ANNOTATION.test(line)).join('\n');
}

/** Removes the cursor marker, returning the text and the cursor's offset (or -1). */
export function takeCursor(text: string): { text: string; offset: number } {
  const offset = text.indexOf(CURSOR);
  return offset < 0 ? { text, offset } : { text: text.slice(0, offset) + text.slice(offset + CURSOR.length), offset };
}

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** Inserts one annotation line per mark under the line where the mark starts. */
export function renderMarks(text: string, marks: readonly Mark[]): string {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const byLine = new Map<number, Mark[]>();
  for (const mark of marks) {
    let line = starts.length - 1;
    while (line > 0 && starts[line] > mark.start) line--;
    byLine.set(line, [...(byLine.get(line) ?? []), mark]);
  }
  const out: string[] = [];
  lines.forEach((line, index) => {
    out.push(line);
    for (const mark of byLine.get(index) ?? []) {
      const lineText = line.replace(/\r$/, '');
      const startColumn = Math.min(mark.start - starts[index], lineText.length);
      const endColumn = Math.min(Math.max(mark.end - starts[index], startColumn), lineText.length);
      const column = displayWidth(lineText.slice(0, startColumn));
      const width = Math.max(1, displayWidth(lineText.slice(startColumn, endColumn)));
      if (column >= 2) out.push(`//${' '.repeat(column - 2)}${'^'.repeat(width)} ${mark.label}`);
      else out.push(`// <${column === 0 ? '' : `@${column}`}${'-'.repeat(width)} ${mark.label}`);
    }
  });
  return out.join('\n');
}
