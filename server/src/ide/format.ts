/**
 * The formatter: canonical layout of a file that parses cleanly. It only rewrites the
 * white space between tokens (and, on request, full-width punctuation), so the tokens
 * and the meaning never change. A file with syntax errors is left alone.
 *
 * Layout:
 * - one statement per line, 2 spaces of indentation per block level, `{` at the end of
 *   its header line and `}` on a line of its own; an empty block is written `{}`; a duty
 *   whose `{ … }` fits on one source line stays on one line;
 * - within a block, consecutive property lines align their values one column after the
 *   widest keyword (right after it when it ends with a full-width `：`); a blank line starts
 *   a new alignment group; CJK characters count two columns, so Chinese files line up;
 * - one space around comparators and between values; no space before `,` `;` `:` `%`,
 *   one after the ASCII ones and none after `、` `，` `；` `：`;
 * - comments are kept where they are (own line, or at the end of a line); end-of-line
 *   comments on consecutive lines are aligned two columns after the longest code;
 * - blank lines are kept, at most one in a row, none at the start or end of a block;
 *   trailing white space is removed and the file ends with one line break.
 */
import { parse } from '../syntax/parse';
import { KEYWORDS } from '../syntax/keywords';
import { applyEdits, LineIndex, lineBreakOf, type TextEdit, type TextRange } from '../syntax/text';
import { displayWidth } from './width';

export interface FormatOptions {
  /** Rewrite full-width punctuation (`｛｝，；：％＞＜＝`) to ASCII. `、`, `≥`/`≤` and Chinese quotes are kept. */
  readonly asciiPunctuation?: boolean;
}

/** The formatted text, or undefined when the text does not parse cleanly. */
export function formatText(text: string, options: FormatOptions = {}): string | undefined {
  const edits = formatEdits(text, options);
  return edits === undefined ? undefined : applyEdits(text, edits);
}

/** The edits that format a whole document; none for a document with syntax errors. */
export function formatDocument(text: string, options: FormatOptions = {}): TextEdit[] {
  return formatEdits(text, options) ?? [];
}

/**
 * The edits that format the lines `range` touches (a range ending at the start of a line
 * does not include that line). None for a document with syntax errors.
 */
export function formatRange(text: string, range: TextRange, options: FormatOptions = {}): TextEdit[] {
  const edits = formatEdits(text, options);
  if (edits === undefined) return [];
  const lines = new LineIndex(text);
  const first = lines.position(range.start).line;
  let last = lines.position(range.end).line;
  if (range.end > range.start && lines.position(range.end).column === 0 && last > first) last--;
  const start = lines.lineStart(first);
  const end = lines.lineEnd(last);
  // An edit of the white space before a token belongs to the token's line.
  return edits.filter((edit) => edit.range.end >= start && edit.range.end <= end);
}

// ----------------------------------------------------------------- implementation

const HEAD_KEYWORDS = new Set(KEYWORDS.map((k) => k.name).filter((name) => name !== 'By' && name !== 'Until' && name !== 'Recognizes'));
const UNALIGNED_HEADS = new Set(['Plan', 'Indicator']);

const ASCII: Record<string, string> = { '｛': '{', '｝': '}', '，': ',', '；': ';', '：': ':', '％': '%', '＞': '>', '＜': '<', '＝': '=' };

interface Item {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** The image to write (normalised punctuation, trimmed line comment). */
  readonly image: string;
}

interface Line {
  readonly items: number[];
  readonly depth: number;
  readonly blankBefore: boolean;
}

function isComment(item: Item): boolean {
  return item.type === 'LineComment' || item.type === 'BlockComment';
}

function formatEdits(text: string, options: FormatOptions): TextEdit[] | undefined {
  const { document, errors } = parse(text);
  if (errors.length > 0) return undefined;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const eol = lineBreakOf(text);

  const items: Item[] = [
    ...document.tokens.map((tok) => ({ type: tok.type, start: tok.range.start, end: tok.range.end, image: normalise(tok.image, options) })),
    ...document.comments.map((c) => ({ type: c.block ? 'BlockComment' : 'LineComment', start: c.range.start, end: c.range.end, image: c.block ? c.text : c.text.replace(/[ \t\u3000]+$/, '') })),
  ].sort((a, b) => a.start - b.start);
  if (items.length === 0) return text.length === bom ? [] : [{ range: { start: bom, end: text.length }, newText: '' }];

  const newlineBefore = (i: number): boolean => i > 0 && /[\r\n]/.test(text.slice(items[i - 1].end, items[i].start));
  const blankBefore = (i: number): boolean => i > 0 && /\r?\n[ \t\u3000]*\r?\n|\r[ \t\u3000]*\r/.test(text.slice(items[i - 1].end, items[i].start));

  // Brace matching: which blocks stay on one line, which are empty.
  const partner = new Map<number, number>();
  const inlineOpen = new Set<number>();
  {
    const stack: { open: number; head: number }[] = [];
    let head = -1;
    items.forEach((item, i) => {
      if (HEAD_KEYWORDS.has(item.type)) head = i;
      if (item.type === 'LCurly') stack.push({ open: i, head });
      else if (item.type === 'RCurly') {
        const open = stack.pop();
        if (open === undefined) return;
        partner.set(open.open, i);
        partner.set(i, open.open);
        const headType = open.head >= 0 ? items[open.head].type : '';
        const sameLine = !/[\r\n]/.test(text.slice(items[open.open].start, item.start));
        if (headType === 'Duty' && sameLine && i > open.open + 1) inlineOpen.add(open.open);
        head = -1;
      }
    });
  }
  const isEmptyBlock = (open: number): boolean => partner.get(open) === open + 1;
  const isInlineBrace = (i: number): boolean => inlineOpen.has(items[i].type === 'RCurly' ? partner.get(i) ?? -1 : i);

  // Break into lines.
  const lines: Line[] = [];
  let depth = 0;
  let inline = 0;
  let current: number[] | undefined;
  const startLine = (i: number, lineDepth: number): void => {
    current = [i];
    lines.push({ items: current, depth: lineDepth, blankBefore: lines.length > 0 && blankBefore(i) && !opensBlock(i - 1) && items[i].type !== 'RCurly' });
  };
  const opensBlock = (i: number): boolean => items[i].type === 'LCurly' && !isEmptyBlock(i);
  items.forEach((item, i) => {
    const inlineClose = item.type === 'RCurly' && isInlineBrace(i);
    if (item.type === 'RCurly' && !inlineClose) depth--;
    if (inlineClose) inline--;
    const prev = i > 0 ? items[i - 1] : undefined;
    let breakHere: boolean;
    if (prev === undefined) breakHere = true;
    else if (prev.type === 'LineComment') breakHere = true;
    else if (isComment(item)) breakHere = newlineBefore(i);
    else if (prev.type === 'BlockComment' && newlineBefore(i)) breakHere = true;
    else if (inline > 0 || inlineClose) breakHere = false;
    else if (HEAD_KEYWORDS.has(item.type)) breakHere = true;
    else if (item.type === 'RCurly') breakHere = !isEmptyBlock(partner.get(i) ?? -1);
    else if (prev.type === 'LCurly') breakHere = true;
    else if (prev.type === 'RCurly') breakHere = item.type !== 'Semicolon';
    else breakHere = false;
    if (breakHere || current === undefined) startLine(i, Math.max(depth, 0));
    else current.push(i);
    if (item.type === 'LCurly' && isInlineBrace(i)) inline++;
    else if (item.type === 'LCurly') depth++;
  });

  // Separators inside lines; `sep[i]` is written before item i.
  const sep: string[] = items.map(() => '');
  for (const line of lines) {
    for (let k = 1; k < line.items.length; k++) sep[line.items[k]] = spaceBetween(items[line.items[k - 1]], items[line.items[k]]);
  }

  // Align values after the keyword within runs of property lines.
  alignValues(lines, items, sep);

  // Align end-of-line comments of consecutive lines.
  alignComments(lines, items, sep);

  // Line starts.
  lines.forEach((line, index) => {
    const first = line.items[0];
    sep[first] = index === 0 ? '' : `${line.blankBefore ? eol : ''}${eol}${'  '.repeat(line.depth)}`;
  });

  const edits: TextEdit[] = [];
  const replace = (start: number, end: number, newText: string): void => {
    if (text.slice(start, end) !== newText) edits.push({ range: { start, end }, newText });
  };
  items.forEach((item, i) => {
    replace(i === 0 ? bom : items[i - 1].end, item.start, sep[i]);
    if (item.image !== text.slice(item.start, item.end)) edits.push({ range: { start: item.start, end: item.end }, newText: item.image });
  });
  replace(items[items.length - 1].end, text.length, eol);
  return edits;
}

function normalise(image: string, options: FormatOptions): string {
  if (options.asciiPunctuation !== true) return image;
  return ASCII[image] ?? image;
}

function spaceBetween(a: Item, b: Item): string {
  if (b.type === 'Comma' || b.type === 'Semicolon' || b.type === 'Colon' || b.type === 'Percent') return '';
  if (a.type === 'Comma' || a.type === 'Colon' || a.type === 'Semicolon') return /^[,:;]$/.test(a.image) ? ' ' : '';
  if (a.type === 'LCurly' && b.type === 'RCurly') return '';
  return ' ';
}

/** Where a line's keyword (with its `:`) ends and its value starts, if it has a value. */
function headOf(line: Line, items: readonly Item[]): { width: number; gap: number; valueIndex: number } | undefined {
  const first = items[line.items[0]];
  if (!HEAD_KEYWORDS.has(first.type) || UNALIGNED_HEADS.has(first.type) || line.depth === 0) return undefined;
  let k = 1;
  let width = displayWidth(first.image);
  // A full-width colon carries its own space; an ASCII colon or a bare keyword needs one.
  let gap = 1;
  if (line.items.length > 1 && items[line.items[1]].type === 'Colon') {
    width += displayWidth(items[line.items[1]].image);
    gap = items[line.items[1]].image === ':' ? 1 : 0;
    k = 2;
  }
  if (k >= line.items.length) return undefined;
  const next = items[line.items[k]];
  if (next.type === 'Semicolon') return undefined;
  if (isComment(next) && k === line.items.length - 1) return undefined;
  return { width, gap, valueIndex: line.items[k] };
}

function isCommentOnly(line: Line, items: readonly Item[]): boolean {
  return line.items.every((i) => isComment(items[i]));
}

function alignValues(lines: readonly Line[], items: readonly Item[], sep: string[]): void {
  let run: { width: number; gap: number; valueIndex: number }[] = [];
  let runDepth = -1;
  const flush = (): void => {
    const column = Math.max(...run.map((r) => r.width + r.gap));
    for (const r of run) sep[r.valueIndex] = ' '.repeat(column - r.width);
    run = [];
  };
  for (const line of lines) {
    if (line.blankBefore && run.length > 0) flush();
    if (isCommentOnly(line, items)) continue;
    const first = items[line.items[0]];
    const alignable = line.depth > 0 && HEAD_KEYWORDS.has(first.type) && !UNALIGNED_HEADS.has(first.type);
    if (!alignable || line.depth !== runDepth) {
      if (run.length > 0) flush();
      runDepth = alignable ? line.depth : -1;
    }
    if (!alignable) continue;
    const head = headOf(line, items);
    if (head !== undefined) run.push(head);
  }
  if (run.length > 0) flush();
}

function alignComments(lines: readonly Line[], items: readonly Item[], sep: string[]): void {
  let group: { comment: number; width: number }[] = [];
  const flush = (): void => {
    const column = Math.max(...group.map((g) => g.width)) + 2;
    for (const g of group) sep[g.comment] = ' '.repeat(column - g.width);
    group = [];
  };
  for (const line of lines) {
    const last = line.items[line.items.length - 1];
    const trailing = line.items.length > 1 && isComment(items[last]) && !/[\r\n]/.test(items[last].image)
      && line.items.slice(0, -1).every((i) => !/[\r\n]/.test(items[i].image));
    if (!trailing || line.blankBefore) {
      if (group.length > 0) flush();
      if (!trailing) continue;
    }
    let width = 2 * line.depth;
    line.items.slice(0, -1).forEach((i, k) => {
      width += (k === 0 ? 0 : displayWidth(sep[i])) + displayWidth(items[i].image);
    });
    group.push({ comment: last, width });
  }
  if (group.length > 0) flush();
}
