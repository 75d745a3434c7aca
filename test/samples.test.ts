/**
 * The sample plans in `samples/`: `reviewed/` and `english/` must check without errors or
 * warnings; the findings of `submitted/` must equal the golden file
 * `test/samples/submitted.expected.txt` (regenerate with `UPDATE=1 npx mocha test/samples.test.ts`
 * and review the difference by eye: every seeded problem listed in `samples/README.md`, nothing else).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { lintTexts } from './support/check';

const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('./samples/submitted.expected.txt', import.meta.url));

/** Every `.baton` file and `baton.config.json` of a sample folder, keyed `/<folder>/<relative path>`. */
function readFolder(folder: string): Map<string, string> {
  const root = join(SAMPLES, folder);
  const texts = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.baton') || name === 'baton.config.json') {
        texts.set(`/${folder}/${relative(root, path).split('\\').join('/')}`, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(root);
  return texts;
}

interface Finding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly rule: string;
  readonly message: string;
}

/** Findings with 1-based lines and UTF-16 columns, sorted by path, line, column and rule. */
function findingsOf(folder: string): Finding[] {
  const texts = readFolder(folder);
  assert.ok(texts.size > 0, `samples/${folder} holds no .baton file`);
  const { model, diagnostics } = lintTexts(texts);
  const prefix = `/${folder}/`;
  return diagnostics
    .map((d) => {
      const position = model.files.get(d.uri)!.lines.position(d.range.start);
      return { path: d.uri.slice(prefix.length), line: position.line + 1, column: position.column + 1, severity: d.severity, rule: d.ruleId, message: d.message.en };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
}

function render(finding: Finding, withMessage = false): string {
  const head = `${finding.path}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule}`;
  return withMessage ? `${head}: ${finding.message}` : head;
}

describe('samples', () => {
  for (const folder of ['reviewed', 'english']) {
    it(`samples/${folder} has no error or warning`, () => {
      const serious = findingsOf(folder).filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(serious.map((f) => render(f, true)), [], `samples/${folder} should check clean`);
    });
  }

  it('samples/english has no finding at all', () => {
    assert.deepEqual(findingsOf('english').map((f) => render(f, true)), []);
  });

  it('samples/reviewed has only the documented negotiated escalation as an info', () => {
    const infos = findingsOf('reviewed').filter((f) => f.severity === 'info' || f.severity === 'hint');
    assert.deepEqual(infos.map((f) => render(f)), ['linchuan/bailu/county.baton:33:12 info escalation']);
  });

  it('samples/submitted gives the findings in test/samples/submitted.expected.txt', () => {
    const actual = `${findingsOf('submitted').map((f) => render(f)).join('\n')}\n`;
    if (process.env.UPDATE === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, actual);
    assert.equal(actual, readFileSync(GOLDEN, 'utf8'));
  });
});
