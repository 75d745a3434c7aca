/**
 * Conventions as tests: the rule registry, rule files, docs and tests, the README rules
 * table, the layering of server/src, the grammar's keywords, and independence from ../shared.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allRules } from '../server/src/rules/index';
import { KEYWORDS } from '../server/src/syntax/keywords';
import { lintFixture } from './support/check';

const ROOT = join(import.meta.dirname, '..');
const RULES_DIR = join(ROOT, 'server/src/rules');
const NOT_RULES = new Set(['rule.ts', 'index.ts']);
const DOC_HEADINGS = ['## What it checks', '## Why', '## Policy basis', '## Invalid', '## Valid', '## How to fix', '## Options'];

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

function fencedBlocks(section: string, lang: string): string[] {
  const out: string[] = [];
  const pattern = new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g');
  for (let m = pattern.exec(section); m !== null; m = pattern.exec(section)) out.push(m[1]);
  return out;
}

function sectionOf(doc: string, heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const next = doc.indexOf('\n## ', start + heading.length + 2);
  return doc.slice(start, next < 0 ? undefined : next);
}

export function rulesTable(): string {
  const rows = allRules.map((rule) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : 'no'} | ${rule.description.en} |`);
  return ['| rule | default | fixable | what it requires |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

describe('tidy', () => {
  it('registers every rule file, sorted by id, with the id equal to the file name', () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f)).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(allRules.map((r) => r.id).sort(), files);
    assert.deepEqual(allRules.map((r) => r.id), [...allRules.map((r) => r.id)].sort(), 'allRules must be sorted by id');
    for (const file of files) {
      const source = read(`server/src/rules/${file}.ts`);
      assert.match(source, new RegExp(`id: '${file}'`), `${file}.ts must declare id '${file}'`);
    }
  });

  for (const rule of allRules) {
    describe(`rule ${rule.id}`, () => {
      const docPath = `docs/rules/${rule.id}.md`;
      const testPath = `test/rules/${rule.id}.test.ts`;

      it('has a doc with the template headings and its description', () => {
        assert.ok(existsSync(join(ROOT, docPath)), `${docPath} is missing`);
        const doc = read(docPath);
        const lines = doc.split('\n');
        assert.equal(lines[0], `# ${rule.id}`);
        assert.equal(lines[2], rule.description.en, 'the first paragraph must equal the rule description');
        assert.equal(lines[4], rule.description.zh, 'the second paragraph must equal the Chinese description');
        let at = -1;
        for (const heading of DOC_HEADINGS) {
          const index = doc.indexOf(`\n${heading}\n`);
          assert.ok(index > at, `${docPath}: heading "${heading}" missing or out of order`);
          at = index;
        }
        assert.match(doc, /\*\*Default severity:\*\* (error|warning|info|hint|off)/);
        assert.match(doc, new RegExp(`\\*\\*Default severity:\\*\\* ${rule.defaultSeverity}\\b`));
        assert.match(doc, new RegExp(`\\*\\*Fixable:\\*\\* ${rule.fixable ? 'yes' : 'no'}`));
        assert.match(sectionOf(doc, '## Policy basis'), /\b(checked|reported|design)\b/, 'the policy basis must state its status');
      });

      it('has a test file, and uses checkFix exactly when it is fixable', () => {
        assert.ok(existsSync(join(ROOT, testPath)), `${testPath} is missing`);
        const usesFix = /check(Fix|Suggestion)\(/.test(read(testPath));
        assert.equal(usesFix, rule.fixable, rule.fixable ? 'a fixable rule must test its fixes' : 'a rule with fix tests must be declared fixable');
      });

      if (rule.check !== undefined) {
        it('has doc examples: each Invalid gives exactly one finding of the rule, each Valid none', () => {
          const doc = read(docPath);
          const invalid = fencedBlocks(sectionOf(doc, '## Invalid'), 'baton');
          const valid = fencedBlocks(sectionOf(doc, '## Valid'), 'baton');
          assert.ok(invalid.length > 0 && valid.length > 0, 'the doc needs ```baton examples under Invalid and Valid');
          for (const example of invalid) {
            const found = lintFixture(example).diagnostics.filter((d) => d.ruleId === rule.id);
            assert.equal(found.length, 1, `Invalid example must give one ${rule.id} finding, got ${found.length}:\n${example}`);
          }
          for (const example of valid) {
            const found = lintFixture(example).diagnostics.filter((d) => d.ruleId === rule.id);
            assert.equal(found.length, 0, `Valid example must give no ${rule.id} finding:\n${example}\n${found.map((d) => d.message.en).join('\n')}`);
          }
        });
      }
    });
  }

  it('keeps the README rules table in step with the registry (UPDATE=1 rewrites it)', () => {
    const readme = read('README.md');
    const match = /<!-- rules:start -->\n([\s\S]*?)\n?<!-- rules:end -->/.exec(readme);
    assert.ok(match !== null, 'README.md needs <!-- rules:start --> and <!-- rules:end --> markers');
    if (process.env.UPDATE === '1' && match[1] !== rulesTable()) {
      writeFileSync(join(ROOT, 'README.md'), readme.replace(match[0], `<!-- rules:start -->\n${rulesTable()}\n<!-- rules:end -->`));
      return;
    }
    assert.equal(match[1], rulesTable());
  });

  it('keeps the layering of server/src', () => {
    const allowed: Record<string, string[]> = {
      syntax: ['syntax', 'chevrotain'],
      semantics: ['syntax', 'semantics'],
      rules: ['syntax', 'semantics', 'rules/rule'],
      linter: ['syntax', 'semantics', 'rules', 'linter', 'jsonc-parser'],
      ide: ['syntax', 'semantics', 'rules', 'linter', 'ide'],
      node: ['syntax', 'semantics', 'rules', 'linter', 'node', 'node:fs', 'node:path', 'node:url', 'node:os'],
      lsp: ['syntax', 'semantics', 'rules', 'linter', 'ide', 'node', 'lsp', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'vscode-languageserver-protocol', 'node:url', 'node:path', 'node:util', 'node:process'],
      cli: ['syntax', 'semantics', 'rules', 'linter', 'ide', 'node', 'cli', 'node:*', 'package.json'],
    };
    const problems: string[] = [];
    for (const file of filesUnder(join(ROOT, 'server/src'), '.ts')) {
      const rel = relative(join(ROOT, 'server/src'), file).replace(/\\/g, '/');
      const layer = rel.split('/')[0];
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s*'([^'\n]+)'|^import\s*'([^'\n]+)'|\bimport\(\s*'([^'\n]+)'\s*\)/gm)) {
        const spec = m[1] ?? m[2] ?? m[3];
        let target: string;
        if (spec.startsWith('.')) {
          const resolved = join(file, '..', spec);
          target = relative(join(ROOT, 'server/src'), resolved).replace(/\\/g, '/');
          if (target.startsWith('..')) target = target.replace(/^(\.\.\/)+/, '');
        } else target = spec;
        const registry = rel === 'rules/index.ts' && target.startsWith('rules/');
        const ok = registry || (allowed[layer] ?? []).some((a) =>
          a === 'node:*' ? target.startsWith('node:') : target === a || target.startsWith(`${a}/`) || (a === 'rules/rule' && target === 'rules/rule'));
        const ruleFileImportingRule = layer === 'rules' && target.startsWith('rules/') && target !== 'rules/rule' && !rel.endsWith('index.ts');
        if (!ok || ruleFileImportingRule) problems.push(`${rel} imports ${spec}`);
      }
    }
    for (const file of filesUnder(join(ROOT, 'client/src'), '.ts')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s*'([^']+)'/g)) {
        const spec = m[1];
        if (spec.startsWith('.') && !spec.endsWith('server/src/lsp/protocol')) problems.push(`client imports ${spec}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('lists every keyword, in both spellings, in the TextMate grammar', () => {
    const grammar = read('grammar/baton.tmLanguage.json');
    const missing = KEYWORDS.flatMap((k) => [k.en, k.zh]).filter((word) => !grammar.includes(word));
    assert.deepEqual(missing, []);
  });

  it('does not depend on ../shared at build, test or run time', () => {
    const offenders: string[] = [];
    for (const dir of ['server', 'client', 'test', 'bench', 'grammar', '.ci']) {
      for (const ext of ['.ts', '.json', '.mjs', '.js', '.sh', '']) {
        for (const file of filesUnder(join(ROOT, dir), ext)) {
          if (file.endsWith('tidy.test.ts')) continue;
          if (/\.\.\/shared|\/work\/shared/.test(readFileSync(file, 'utf8'))) offenders.push(relative(ROOT, file));
        }
      }
    }
    for (const file of ['package.json', 'esbuild.mjs']) if (/\.\.\/shared/.test(read(file))) offenders.push(file);
    assert.deepEqual([...new Set(offenders)], []);
  });
});
