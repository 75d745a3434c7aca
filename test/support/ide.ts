/**
 * Fixture helpers for the editor features: build an analysis from a fixture (`//- /path`
 * files, a `<|>` cursor, an optional `<|…|>` selection) and describe ranges readably.
 */
import assert from 'node:assert/strict';
import { type Analysis, analyze } from '../../server/src/ide/analysis';
import { type Config, DEFAULT_CONFIG, nearestConfigPath, parseConfig } from '../../server/src/linter/config';
import { applyEdits, LineIndex, type TextRange } from '../../server/src/syntax/text';
import { joinFiles, splitFiles } from './fixture';
import { TEST_TODAY } from './check';

export interface IdeFixture {
  readonly analysis: Analysis;
  /** Every file of the fixture, markers removed. */
  readonly texts: Map<string, string>;
  /** The file holding the cursor (or the selection); the first file without one. */
  readonly uri: string;
  /** The cursor's offset; the selection's start when there is a selection; -1 without either. */
  readonly offset: number;
  /** The `<|…|>` selection, if any. */
  readonly selection?: TextRange;
  /** The text of `uri`. */
  readonly text: string;
}

/** Removes `<|>` or `<|…|>` markers from one file's text. */
function takeMarkers(text: string): { text: string; offset: number; selection?: TextRange } {
  const cursor = text.indexOf('<|>');
  if (cursor >= 0) return { text: text.slice(0, cursor) + text.slice(cursor + 3), offset: cursor };
  const open = text.indexOf('<|');
  const close = text.indexOf('|>', open + 2);
  if (open >= 0 && close >= 0) {
    const inner = text.slice(open + 2, close);
    return { text: text.slice(0, open) + inner + text.slice(close + 2), offset: open, selection: { start: open, end: open + inner.length } };
  }
  return { text, offset: -1 };
}

export function ideFixture(fixture: string, options: { today?: string } = {}): IdeFixture {
  const texts = new Map<string, string>();
  let uri: string | undefined;
  let offset = -1;
  let selection: TextRange | undefined;
  for (const file of splitFiles(fixture)) {
    const taken = takeMarkers(file.text);
    texts.set(file.path, taken.text);
    if (taken.offset >= 0) {
      uri = file.path;
      offset = taken.offset;
      selection = taken.selection;
    }
  }
  uri ??= [...texts.keys()][0];
  const batonTexts = new Map([...texts].filter(([path]) => path.endsWith('.baton')));
  const configs = new Map<string, Config>();
  const configFor = (at: string): Config => {
    const path = nearestConfigPath(at, (p) => texts.has(p));
    if (path === undefined) return DEFAULT_CONFIG;
    if (!configs.has(path)) configs.set(path, parseConfig(texts.get(path)!).config);
    return configs.get(path)!;
  };
  const analysis = analyze(batonTexts, { configFor, today: options.today ?? TEST_TODAY });
  return { analysis, texts, uri, offset, selection, text: texts.get(uri)! };
}

/** The cursor of a fixture, asserting there is one. */
export function cursorOf(fixture: IdeFixture): number {
  assert.ok(fixture.offset >= 0, 'the fixture needs a <|> cursor');
  return fixture.offset;
}

/** `/path:line:column text`, 1-based, with the text the range covers. */
export function describeRange(texts: ReadonlyMap<string, string>, uri: string, range: TextRange): string {
  const text = texts.get(uri) ?? '';
  const position = new LineIndex(text).position(range.start);
  return `${uri}:${position.line + 1}:${position.column + 1} ${text.slice(range.start, range.end)}`;
}

/** Applies edits (grouped by uri) to the fixture's texts and renders the files like a fixture. */
export function applyWorkspaceEdits(texts: ReadonlyMap<string, string>, edits: readonly { uri: string; range: TextRange; newText: string }[]): string {
  const byUri = new Map<string, { range: TextRange; newText: string }[]>();
  for (const edit of edits) byUri.set(edit.uri, [...(byUri.get(edit.uri) ?? []), edit]);
  const files = [...texts].map(([path, text]) => ({ path, text: applyEdits(text, byUri.get(path) ?? []) }));
  return joinFiles(files, true);
}
