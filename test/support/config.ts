/**
 * Configuration fixtures: the text of a `baton.config.json` with caret annotations (JSON with
 * comments is accepted, so annotation lines are ordinary comments) compared with the problems
 * `parseConfig` reports, rendered as `invalid-config` findings.
 */
import assert from 'node:assert/strict';
import { parseConfig, type ParsedConfig } from '../../server/src/linter/config';
import { type Locale, localize } from '../../server/src/syntax/message';
import { renderMarks, stripAnnotations } from './fixture';

/** Asserts that the annotations of a configuration fixture are exactly its `invalid-config` problems. */
export function checkConfig(fixture: string, locale: Locale = 'en'): ParsedConfig {
  const source = fixture.startsWith('\n') ? fixture.slice(1) : fixture;
  const clean = stripAnnotations(source);
  const parsed = parseConfig(clean);
  const marks = [...parsed.problems].sort((a, b) => a.range.start - b.range.start).map((p) => ({ start: p.range.start, end: p.range.end, label: `error invalid-config: ${localize(p.message, locale)}` }));
  assert.strictEqual(`\n${renderMarks(clean, marks)}`, `\n${source}`);
  return parsed;
}
