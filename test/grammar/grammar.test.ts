/**
 * The TextMate grammar: runs vscode-tmgrammar-test (what `npm run test:grammar` runs) on the
 * hand-written `*.test.baton` files, and on assertions generated from the keyword table and
 * the enumerated values, so the grammar cannot drift from the lexer and the checker.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DUTY_KINDS, type EnumSet, FREQUENCIES, HORIZONS, INSPECTOR_KINDS, LEVELS, METHODS } from '../../server/src/semantics/enums';
import { KEYWORDS } from '../../server/src/syntax/keywords';

const ROOT = join(import.meta.dirname, '..', '..');
const GRAMMAR = join(ROOT, 'grammar', 'baton.tmLanguage.json');
const TOOL = join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

function runTool(...testcases: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [TOOL, '-g', GRAMMAR, ...testcases], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A caret assertion under `column` (a UTF-16 offset) of the line above. */
function caret(column: number, length: number, scope: string): string {
  return `//${' '.repeat(column - 2)}${'^'.repeat(length)} ${scope}`;
}

function runGenerated(lines: string[]): void {
  const folder = mkdtempSync(join(tmpdir(), 'baton-grammar-'));
  try {
    const file = join(folder, 'generated.test.baton');
    writeFileSync(file, ['// SYNTAX TEST "source.baton" "generated"', ...lines, ''].join('\n'));
    const { status, output } = runTool(file);
    assert.equal(status, 0, output);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('grammar', function () {
  this.timeout(60000);

  it('passes the syntax tests in test/grammar/*.test.baton (English and Chinese)', () => {
    const { status, output } = runTool('test/grammar/*.test.baton');
    assert.equal(status, 0, output);
    assert.match(output, /english\.test\.baton run successfuly/);
    assert.match(output, /chinese\.test\.baton run successfuly/);
  });

  it('fails on a wrong assertion (the tool really checks)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'baton-grammar-'));
    try {
      const file = join(folder, 'wrong.test.baton');
      writeFileSync(file, '// SYNTAX TEST "source.baton"\nplan x {\n// <---- comment.line.double-slash.baton\n');
      assert.notEqual(runTool(file).status, 0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('highlights every keyword in both spellings', () => {
    const scopeOf: Record<string, string> = {
      Import: 'keyword.control.import.baton',
      Plan: 'storage.type.plan.baton',
      Indicator: 'storage.type.indicator.baton',
      Veto: 'keyword.other.flag.baton',
      Ranking: 'keyword.other.flag.baton',
      Pledge: 'keyword.other.flag.baton',
    };
    const lines = KEYWORDS.flatMap((keyword) => [keyword.en, keyword.zh].flatMap((spelling) => [
      `  ${spelling} `,
      caret(2, spelling.length, scopeOf[keyword.name] ?? 'keyword.other.property.baton'),
    ]));
    runGenerated(lines);
  });

  it('highlights every enumerated value, English and Chinese, where its set is expected', () => {
    const contexts: [EnumSet, string, string][] = [
      [LEVELS, 'level ', 'level'],
      [DUTY_KINDS, 'duty d "title" ', 'duty-kind'],
      [INSPECTOR_KINDS, 'inspector i "title" ', 'inspector-kind'],
      [FREQUENCIES, 'frequency ', 'frequency'],
      [METHODS, 'method ', 'method'],
      [HORIZONS, 'horizon ', 'horizon'],
    ];
    const lines: string[] = [];
    for (const [set, prefix, kind] of contexts) {
      for (const value of set.values) {
        for (const spelling of [value.id, ...value.zh]) {
          lines.push(`  ${prefix}${spelling}`, caret(2 + prefix.length, spelling.length, `constant.language.${kind}.baton`));
        }
      }
    }
    runGenerated(lines);
  });

  it('is valid JSON with the scope name the package declares', () => {
    const grammar = JSON.parse(readFileSync(GRAMMAR, 'utf8')) as { scopeName: string };
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; path: string }[] } };
    assert.equal(grammar.scopeName, 'source.baton');
    assert.deepEqual(pkg.contributes.grammars.map((g) => [g.scopeName, g.path]), [['source.baton', './grammar/baton.tmLanguage.json']]);
  });
});
