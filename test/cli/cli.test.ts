import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baton, cleanUp, coreMessage, ensureBuilt, ROOT, workspace } from './run';

// Fixtures whose findings these tests control: no plans, so plan-level rules stay silent.
const ERROR = 'oops\n'; // one `syntax` error
const WARNING = '// baton-ignore syntax -- kept for the audit\n'; // one `unused-suppression` warning
const FIXABLE = '职责清单 d {\n  职责a\n}\n'; // one `syntax` error with a safe fix
const FIXED = '职责清单 d {\n  职责 a\n}\n';
const CLEAN = '// nothing to check here\n';

interface JsonReport {
  files: number;
  summary: { errors: number; warnings: number; infos: number };
  diagnostics: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];
}

function json(run: { stdout: string }): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

describe('cli', function () {
  this.timeout(60000);
  before(() => ensureBuilt());
  after(() => cleanUp());

  describe('commands', () => {
    it('prints the usage with --help and exits 0', () => {
      const run = baton(ROOT, ['--help']);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^Usage: baton check \[options\] \[paths\.\.\.\]/);
      assert.match(run.stdout, /--max-warnings <n>/);
      for (const option of ['--baseline <file>', '--update-baseline', '--report-suppressed']) assert.ok(run.stdout.includes(`  ${option} `), option);
    });

    it('shows the same usage in docs/cli.md', () => {
      const usage = baton(ROOT, ['--help']).stdout;
      assert.ok(fs.readFileSync(path.join(ROOT, 'docs', 'cli.md'), 'utf8').includes(`\n\`\`\`\n${usage}\`\`\`\n`), 'docs/cli.md quotes `baton --help` verbatim');
    });

    it('prints the version of package.json with --version', () => {
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      const run = baton(ROOT, ['--version']);
      assert.deepEqual([run.status, run.stdout], [0, `${version}\n`]);
    });

    it('exits 2 with the usage when no command is given', () => {
      const run = baton(ROOT, []);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^Usage: baton/);
    });

    it('rejects an unknown command with one line and exit 2', () => {
      const run = baton(ROOT, ['lint']);
      assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', "baton: unknown command 'lint' (see baton --help)\n"]);
    });

    it('rejects an unknown option with one line and exit 2', () => {
      const dir = workspace({ 'a.baton': CLEAN });
      const run = baton(dir, ['check', '--frobnicate']);
      assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', "baton: unknown option '--frobnicate' (see baton --help)\n"]);
    });

    it('rejects an option without its value', () => {
      const run = baton(workspace({}), ['check', '--format']);
      assert.deepEqual([run.status, run.stderr], [2, "baton: option '--format' needs a value (see baton --help)\n"]);
    });

    it('rejects bad option values with exit 2', () => {
      const dir = workspace({ 'a.baton': CLEAN });
      for (const args of [['--format', 'xml'], ['--max-warnings', 'many'], ['--max-warnings', '-1'], ['--locale', 'fr'], ['--date', '2025-02-30'], ['--date', 'today']]) {
        const run = baton(dir, ['check', ...args]);
        assert.equal(run.status, 2, args.join(' '));
        assert.equal(run.stdout, '', args.join(' '));
        assert.equal(run.stderr.split('\n').length, 2, `one line for ${args.join(' ')}: ${run.stderr}`);
      }
    });

    it('accepts --date for reproducible runs', () => {
      const run = baton(workspace({ 'a.baton': CLEAN }), ['check', '--date', '2024-02-29']);
      assert.equal(run.status, 0);
    });
  });

  describe('exit codes', () => {
    it('exits 0 when there is nothing to report', () => {
      const run = baton(workspace({ 'a.baton': CLEAN }), ['check']);
      assert.deepEqual([run.status, run.stderr], [0, '']);
      assert.match(run.stdout, /1 file checked, no problems/);
    });

    it('exits 0 on warnings without --max-warnings', () => {
      const run = baton(workspace({ 'a.baton': WARNING }), ['check', '--format', 'json']);
      assert.equal(run.status, 0);
      assert.deepEqual(json(run).summary, { errors: 0, warnings: 1, infos: 0 });
    });

    it('exits 1 on errors', () => {
      const run = baton(workspace({ 'a.baton': ERROR }), ['check']);
      assert.equal(run.status, 1);
    });

    it('exits 1 when warnings exceed --max-warnings, 0 when they do not', () => {
      const dir = workspace({ 'a.baton': WARNING, 'b.baton': WARNING });
      assert.equal(baton(dir, ['check', '--max-warnings', '1']).status, 1);
      assert.equal(baton(dir, ['check', '--max-warnings', '2']).status, 0);
    });

    it('reports errors only with --quiet, and warnings then do not count for --max-warnings', () => {
      const dir = workspace({ 'a.baton': WARNING, 'b.baton': ERROR });
      const quiet = baton(dir, ['check', '--quiet', '--max-warnings', '0', '--format', 'json']);
      assert.equal(quiet.status, 1);
      assert.deepEqual(json(quiet).diagnostics.map((d) => [d.file, d.rule]), [['b.baton', 'syntax']]);
      assert.deepEqual(json(quiet).summary, { errors: 1, warnings: 0, infos: 0 });
      const warningsOnly = workspace({ 'a.baton': WARNING });
      assert.equal(baton(warningsOnly, ['check', '--quiet', '--max-warnings', '0']).status, 0);
      assert.equal(baton(warningsOnly, ['check', '--max-warnings', '0']).status, 1);
    });

    it('exits 2 on a path that does not exist, naming it in one line, and still checks the others', () => {
      const dir = workspace({ 'a.baton': ERROR });
      const run = baton(dir, ['check', 'a.baton', 'missing.baton', '--format', 'json']);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'baton: missing.baton: no such file or folder\n');
      assert.equal(json(run).files, 1);
      assert.equal(json(run).summary.errors, 1);
    });

    it('exits 2 on a bad configuration and prints its findings on the config file, with line and column', () => {
      const config = '{\n  "rules": { "no-such-rule": "off" },\n  "maxVetoes": -1\n}\n';
      const dir = workspace({ 'baton.config.json': config, 'plans/a.baton': ERROR });
      const run = baton(dir, ['check', '--format', 'json']);
      assert.equal(run.status, 2, 'exit 2 wins over the error of a.baton');
      const found = json(run).diagnostics.filter((d) => d.rule === 'invalid-config');
      assert.deepEqual(found.map((d) => [d.file, d.line, d.column, d.severity]), [
        ['baton.config.json', 2, 14, 'error'],
        ['baton.config.json', 3, 16, 'error'],
      ]);
      assert.match(found[0].message, /no-such-rule/);
      assert.ok(json(run).diagnostics.some((d) => d.file === 'plans/a.baton' && d.rule === 'syntax'), 'the plans are still checked');
      assert.equal(json(run).files, 1, 'the config file is not a checked file');

      const stylish = baton(dir, ['check']);
      assert.equal(stylish.status, 2);
      assert.match(stylish.stdout, /^baton\.config\.json:2:14 +error +.*no-such-rule.* +invalid-config$/m);
    });

    it('exits 2 on malformed JSON in the configuration', () => {
      const run = baton(workspace({ 'baton.config.json': '{ "rules": ', 'a.baton': CLEAN }), ['check', '--format', 'json']);
      assert.equal(run.status, 2);
      assert.ok(json(run).diagnostics.length > 0);
      assert.ok(json(run).diagnostics.every((d) => d.rule === 'invalid-config' && d.file === 'baton.config.json'));
    });

    it('exits 2 when --config names a file that cannot be read', () => {
      const run = baton(workspace({ 'a.baton': CLEAN }), ['check', '--config', 'nope.json']);
      assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', 'baton: cannot read configuration nope.json: no such file\n']);
    });
  });

  describe('files', () => {
    it('checks the current folder by default, skipping node_modules and folders starting with a dot', () => {
      const dir = workspace({
        'a.baton': CLEAN,
        'sub/b.baton': ERROR,
        'sub/readme.txt': ERROR,
        '.hidden/c.baton': ERROR,
        'sub/.git/d.baton': ERROR,
        'node_modules/pkg/e.baton': ERROR,
      });
      const run = baton(dir, ['check', '--format', 'json']);
      assert.equal(json(run).files, 2);
      assert.deepEqual(json(run).diagnostics.map((d) => d.file), ['sub/b.baton']);
    });

    it('always checks a path named explicitly, even in a skipped folder', () => {
      const dir = workspace({ '.hidden/c.baton': ERROR, 'node_modules/pkg/e.baton': ERROR, 'notes.txt': ERROR });
      const named = baton(dir, ['check', '.hidden/c.baton', 'node_modules', 'notes.txt', '--format', 'json']);
      assert.deepEqual(json(named).diagnostics.map((d) => d.file), ['.hidden/c.baton', 'node_modules/pkg/e.baton', 'notes.txt']);
      assert.equal(json(named).files, 3);
    });

    it('checks a file named twice once', () => {
      const dir = workspace({ 'a.baton': ERROR });
      const run = baton(dir, ['check', 'a.baton', './a.baton', '.', '--format', 'json']);
      assert.equal(json(run).files, 1);
      assert.equal(json(run).diagnostics.length, 1);
    });

    it('reads imported files outside the given paths for context without reporting them', () => {
      const dir = workspace({
        'county/main.baton': 'import "../common/lists.baton"\n',
        'common/lists.baton': `${ERROR}${WARNING}`,
      });
      const run = baton(dir, ['check', 'county', '--format', 'json']);
      assert.equal(run.status, 0, run.stdout);
      assert.deepEqual(json(run), { version: 1, files: 1, summary: { errors: 0, warnings: 0, infos: 0 }, diagnostics: [] });
    });

    it('follows imports transitively, so parents of parents are found', () => {
      // province ← city ← county: the county imports only the city file.
      const dir = workspace({
        'county/county.baton': 'import "../city/city.baton"\n',
        'city/city.baton': 'import "../province/province.baton"\n',
        'province/province.baton': ERROR,
      });
      const run = baton(dir, ['check', 'county', '--format', 'json']);
      assert.deepEqual(json(run).diagnostics, []);
      const all = baton(dir, ['check', '--format', 'json']);
      assert.deepEqual(json(all).diagnostics.map((d) => d.file), ['province/province.baton']);
      assert.equal(json(all).files, 3);
    });

    it('counts a BOM as no column and reads CRLF lines', () => {
      const dir = workspace({ 'a.baton': `\uFEFF// first line\r\n  ${ERROR.trim()}\r\n` });
      const run = baton(dir, ['check', '--format', 'json']);
      assert.deepEqual(json(run).diagnostics.map((d) => [d.line, d.column]), [[2, 3]]);
    });

    it('does not follow a symbolic link to a folder (no endless walk), but checks a linked file', () => {
      const dir = workspace({ 'a.baton': ERROR, 'other/b.baton': ERROR });
      fs.symlinkSync(dir, path.join(dir, 'loop'));
      fs.symlinkSync(path.join(dir, 'other', 'b.baton'), path.join(dir, 'link.baton'));
      const run = baton(dir, ['check', '--format', 'json']);
      assert.deepEqual(json(run).diagnostics.map((d) => d.file), ['a.baton', 'link.baton', 'other/b.baton']);
    });

    it('checks nothing in an empty folder and exits 0, with a one-line hint on standard error', () => {
      const dir = workspace({ 'notes.txt': ERROR });
      const run = baton(dir, ['check', '--format', 'json']);
      assert.equal(run.status, 0);
      assert.equal(json(run).files, 0);
      assert.equal(run.stderr, 'baton: no .baton files found in the current folder (folders are searched for *.baton files; see baton --help)\n');
      const named = baton(dir, ['check', '.', 'sub/..']);
      assert.deepEqual([named.status, named.stderr], [0, 'baton: no .baton files found in ., sub/.. (folders are searched for *.baton files; see baton --help)\n']);
      assert.match(named.stdout, /^✔ 0 files checked, no problems\n$/);
    });

    it('gives no hint when there are files to check', () => {
      assert.equal(baton(workspace({ 'a.baton': CLEAN }), ['check']).stderr, '');
    });
  });

  describe('configuration', () => {
    it('uses the nearest baton.config.json of each file', () => {
      const dir = workspace({
        'baton.config.json': '{ "rules": { "unused-suppression": "error" } }',
        'a.baton': WARNING,
        'quiet/baton.config.json': '{ "rules": { "unused-suppression": "off" } }',
        'quiet/b.baton': WARNING,
        'info/baton.config.json': '{ "rules": { "unused-suppression": "info" } }',
        'info/c.baton': WARNING,
      });
      const run = baton(dir, ['check', '--format', 'json']);
      assert.deepEqual(json(run).diagnostics.map((d) => [d.file, d.severity]), [['a.baton', 'error'], ['info/c.baton', 'info']]);
      assert.deepEqual(json(run).summary, { errors: 1, warnings: 0, infos: 1 });
      assert.equal(run.status, 1);
    });

    it('uses the file given with --config for every file instead of the lookup', () => {
      const dir = workspace({
        'baton.config.json': '{ "rules": { "unused-suppression": "error" } }',
        'a.baton': WARNING,
        'sub/b.baton': WARNING,
        'ci/off.json': '{ "rules": { "unused-suppression": "off" } }',
      });
      const run = baton(dir, ['check', '--config', 'ci/off.json', '--format', 'json']);
      assert.deepEqual([run.status, json(run).diagnostics], [0, []]);
    });

    it('reports the problems of a --config file on that file', () => {
      const dir = workspace({ 'a.baton': CLEAN, 'ci/bad.json': '{ "colour": "red" }' });
      const run = baton(dir, ['check', '--config', 'ci/bad.json', '--format', 'json']);
      assert.equal(run.status, 2);
      assert.deepEqual(json(run).diagnostics.map((d) => [d.file, d.line, d.column, d.rule]), [['ci/bad.json', 1, 3, 'invalid-config']]);
    });
  });

  describe('locale', () => {
    const dir = () => workspace({ 'a.baton': ERROR });
    const zh = coreMessage(ERROR, 'syntax', 'zh-CN');
    const en = coreMessage(ERROR, 'syntax', 'en');

    it('prints Chinese messages and summary with --locale zh-CN', () => {
      const run = baton(dir(), ['check', '--locale', 'zh-CN']);
      assert.equal(run.stdout, `a.baton:1:1  错误  ${zh}  syntax\n\n✖ 共 1 个问题（1 个错误、0 个警告、0 个提示）\n`);
    });

    it('follows LC_ALL, LC_MESSAGES and LANG when nothing else decides', () => {
      assert.equal(json(baton(dir(), ['check', '--format', 'json'], { LANG: 'zh_CN.UTF-8' })).diagnostics[0].message, zh);
      assert.equal(json(baton(dir(), ['check', '--format', 'json'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).diagnostics[0].message, en);
      assert.equal(json(baton(dir(), ['check', '--format', 'json'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN' })).diagnostics[0].message, zh);
    });

    it('prefers the configuration to the environment, and --locale to both', () => {
      const withConfig = workspace({ 'a.baton': ERROR, 'baton.config.json': '{ "locale": "zh-CN" }' });
      assert.equal(json(baton(withConfig, ['check', '--format', 'json'], { LANG: 'en_US.UTF-8' })).diagnostics[0].message, zh);
      assert.equal(json(baton(withConfig, ['check', '--format', 'json', '--locale', 'en'], { LANG: 'zh_CN.UTF-8' })).diagnostics[0].message, en);
    });
  });

  describe('--output', () => {
    it('writes the report to the file and nothing to standard output', () => {
      const dir = workspace({ 'a.baton': ERROR });
      const run = baton(dir, ['check', '--format', 'json', '--output', 'out/report.json']);
      assert.deepEqual([run.status, run.stdout], [1, '']);
      const written = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')) as JsonReport;
      assert.equal(written.summary.errors, 1);
    });

    it('exits 2 when the report cannot be written', () => {
      const dir = workspace({ 'a.baton': CLEAN, 'taken': 'a file, not a folder' });
      const run = baton(dir, ['check', '--output', 'taken/report.txt']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^baton: cannot write taken\/report\.txt: /);
    });
  });

  describe('--fix', () => {
    it('applies safe fixes, writes the files and reports what is left', () => {
      const dir = workspace({ 'a.baton': `${FIXABLE}${ERROR}`, 'b.baton': FIXABLE, 'c.baton': CLEAN });
      const run = baton(dir, ['check', '--fix']);
      assert.equal(fs.readFileSync(path.join(dir, 'a.baton'), 'utf8'), `${FIXED}${ERROR}`);
      assert.equal(fs.readFileSync(path.join(dir, 'b.baton'), 'utf8'), FIXED);
      assert.equal(fs.readFileSync(path.join(dir, 'c.baton'), 'utf8'), CLEAN);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, [
        `a.baton:4:1  error  ${coreMessage(ERROR, 'syntax')}  syntax`,
        '',
        '✔ Fixed 2 files: a.baton, b.baton',
        '✖ 1 problem (1 error, 0 warnings, 0 info messages)',
        '',
      ].join('\n'));
      const again = baton(dir, ['check', '--format', 'json']);
      assert.deepEqual(json(again).diagnostics.map((d) => [d.file, d.line]), [['a.baton', 4]]);
    });

    it('exits 0 when every problem was fixed', () => {
      const dir = workspace({ 'a.baton': FIXABLE });
      const run = baton(dir, ['check', '--fix', '--format', 'json']);
      assert.deepEqual([run.status, json(run).diagnostics], [0, []]);
      assert.equal(fs.readFileSync(path.join(dir, 'a.baton'), 'utf8'), FIXED);
    });

    it('keeps a BOM and CRLF line breaks', () => {
      const dir = workspace({ 'a.baton': `\uFEFF${FIXABLE.replace(/\n/g, '\r\n')}` });
      assert.equal(baton(dir, ['check', '--fix']).status, 0);
      assert.equal(fs.readFileSync(path.join(dir, 'a.baton'), 'utf8'), `\uFEFF${FIXED.replace(/\n/g, '\r\n')}`);
    });

    it('does not change imported files that are not checked', () => {
      const dir = workspace({ 'county/a.baton': `import "../common/lists.baton"\n${FIXABLE}`, 'common/lists.baton': FIXABLE });
      baton(dir, ['check', 'county', '--fix']);
      assert.equal(fs.readFileSync(path.join(dir, 'county', 'a.baton'), 'utf8'), `import "../common/lists.baton"\n${FIXED}`);
      assert.equal(fs.readFileSync(path.join(dir, 'common', 'lists.baton'), 'utf8'), FIXABLE);
    });

    it('leaves files alone without --fix', () => {
      const dir = workspace({ 'a.baton': FIXABLE });
      assert.equal(baton(dir, ['check']).status, 1);
      assert.equal(fs.readFileSync(path.join(dir, 'a.baton'), 'utf8'), FIXABLE);
    });
  });
});
