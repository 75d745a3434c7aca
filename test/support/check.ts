/**
 * The test harness: the only test code that touches the engine's API. Fixtures go in,
 * rendered annotations come out, and `assert.strictEqual` shows the difference.
 */
import assert from 'node:assert/strict';
import { buildModel, type Model } from '../../server/src/semantics/model';
import { type Config, DEFAULT_CONFIG, nearestConfigPath, parseConfig } from '../../server/src/linter/config';
import { lintFile } from '../../server/src/linter/lint';
import type { Diagnostic } from '../../server/src/linter/diagnostic';
import { collectFixEdits } from '../../server/src/linter/fix';
import type { Fix } from '../../server/src/rules/rule';
import { type Locale, localize } from '../../server/src/syntax/message';
import { applyEdits } from '../../server/src/syntax/text';
import { joinFiles, renderMarks, splitFiles, stripAnnotations, takeCursor } from './fixture';

export const TEST_TODAY = '2026-06-30';

/**
 * Plan-level infos that almost every minimal fixture would show. They are left out unless
 * the fixture annotates one of them or `include` names them, so fixtures stay minimal.
 */
export const QUIET_BY_DEFAULT: readonly string[] = ['external-evaluation', 'no-long-term-indicator'];

export interface CheckOptions {
  /** Rules whose findings are left out of the comparison. */
  readonly disabled?: readonly string[];
  /** Rules of QUIET_BY_DEFAULT to compare anyway. */
  readonly include?: readonly string[];
  readonly locale?: Locale;
  readonly today?: string;
}

export interface Linted {
  readonly model: Model;
  readonly texts: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/** Builds the workspace of a fixture (annotations stripped) and lints every `.baton` file. */
export function lintFixture(fixture: string, options: CheckOptions = {}): Linted {
  const files = splitFiles(fixture);
  const texts = new Map(files.map((f) => [f.path, stripAnnotations(f.text)]));
  return lintTexts(texts, options);
}

export function lintTexts(texts: Map<string, string>, options: CheckOptions = {}): Linted {
  const batonTexts = new Map([...texts].filter(([path]) => path.endsWith('.baton')));
  const model = buildModel(batonTexts);
  const configs = new Map<string, Config>();
  const configFor = (uri: string): Config => {
    const path = nearestConfigPath(uri, (p) => texts.has(p));
    if (path === undefined) return DEFAULT_CONFIG;
    if (!configs.has(path)) configs.set(path, parseConfig(texts.get(path)!).config);
    return configs.get(path)!;
  };
  const diagnostics = model.uris.flatMap((uri) =>
    lintFile(model, uri, { config: configFor(uri), today: options.today ?? TEST_TODAY }).diagnostics.filter(
      (d) => !(options.disabled ?? []).includes(d.ruleId),
    ));
  return { model, texts, diagnostics };
}

/** Asserts that the fixture's annotations are exactly the findings. */
export function checkDiagnostics(fixture: string, options: CheckOptions = {}): void {
  const files = splitFiles(fixture);
  const annotated = new Set([...fixture.matchAll(/\/\/\s*(?:\^+|<(?:@\d+)?-+)\s+\w+\s+([a-z0-9-]+):/g)].map((m) => m[1]));
  const quiet = QUIET_BY_DEFAULT.filter((id) => !annotated.has(id) && !(options.include ?? []).includes(id));
  const { diagnostics } = lintFixture(fixture, { ...options, disabled: [...(options.disabled ?? []), ...quiet] });
  const locale = options.locale ?? 'en';
  const rendered = files.map((file) => {
    const clean = stripAnnotations(file.text);
    const marks = diagnostics
      .filter((d) => d.uri === file.path)
      .map((d) => ({ start: d.range.start, end: d.range.end, label: `${d.severity} ${d.ruleId}: ${localize(d.message, locale)}` }));
    return { path: file.path, text: renderMarks(clean, marks) };
  });
  assert.strictEqual(joinFiles(rendered, true), normalizeFixture(fixture));
}

function normalizeFixture(fixture: string): string {
  return fixture.startsWith('\n') ? fixture : `\n${fixture}`;
}

function applyFix(texts: Map<string, string>, fix: Fix): Map<string, string> {
  const out = new Map(texts);
  for (const [uri, edits] of collectFixEdits([fix])) out.set(uri, applyEdits(out.get(uri) ?? '', edits));
  return out;
}

function cursorFixture(before: string): { texts: Map<string, string>; uri: string; offset: number } {
  let uri = '';
  let offset = -1;
  const texts = new Map<string, string>();
  for (const file of splitFiles(before)) {
    const taken = takeCursor(file.text);
    if (taken.offset >= 0) {
      uri = file.path;
      offset = taken.offset;
    }
    texts.set(file.path, taken.text);
  }
  assert.ok(offset >= 0, 'the fixture needs a <|> cursor');
  return { texts, uri, offset };
}

function assertAfter(texts: Map<string, string>, after: string, single: boolean): void {
  const expected = splitFiles(after);
  const actual = expected.map((f) => ({ path: f.path, text: texts.get(f.path) ?? '<missing>' }));
  assert.strictEqual(joinFiles(actual, single), normalizeFixture(after));
}

/**
 * Applies the fix (or, with `title`, the suggestion of that English title) of the finding
 * at the cursor, compares with `after`, and checks that the fix converges: the rule then
 * reports fewer findings than before.
 */
export function checkFix(before: string, after: string, title?: string, options: CheckOptions = {}): void {
  const { texts, uri, offset } = cursorFixture(before);
  const linted = lintTexts(texts, options);
  const atCursor = linted.diagnostics.filter((d) => d.uri === uri && d.range.start <= offset && offset <= d.range.end);
  const candidates = atCursor.flatMap((d) => (title === undefined ? (d.fix === undefined ? [] : [{ d, fix: d.fix }]) : [d.fix, ...d.suggestions].filter((f): f is Fix => f !== undefined && f.title.en === title).map((fix) => ({ d, fix }))));
  assert.ok(candidates.length > 0, `no ${title === undefined ? 'fix' : `fix titled "${title}"`} at the cursor; found: ${atCursor.map((d) => `${d.ruleId} [${[d.fix, ...d.suggestions].filter((f) => f !== undefined).map((f) => f!.title.en).join(' | ')}]`).join('; ') || 'no finding'}`);
  const { d, fix } = candidates[0];
  const fixed = applyFix(texts, fix);
  assertAfter(fixed, after, splitFiles(before).length === 1 && splitFiles(before)[0].path === '/main.baton');
  const beforeCount = linted.diagnostics.filter((x) => x.ruleId === d.ruleId).length;
  const afterDiagnostics = lintTexts(fixed, options).diagnostics.filter((x) => x.ruleId === d.ruleId);
  const afterCount = afterDiagnostics.length;
  // A fix may also converge by lowering the finding's severity (a recorded negotiation turns an escalation into an info).
  const sameSeverity = (list: readonly Diagnostic[]) => list.filter((x) => x.severity === d.severity).length;
  assert.ok(afterCount < beforeCount || sameSeverity(afterDiagnostics) < sameSeverity(linted.diagnostics.filter((x) => x.ruleId === d.ruleId)), `the fix did not converge: ${d.ruleId} still reports ${afterCount} finding(s), before ${beforeCount}`);
}

/** Same as checkFix, for a suggestion picked by its English title. */
export function checkSuggestion(before: string, title: string, after: string, options: CheckOptions = {}): void {
  checkFix(before, after, title, options);
}
