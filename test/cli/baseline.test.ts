/** `baton check --update-baseline` and `--baseline FILE` (spec §5.4). */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baton, cleanUp, ensureBuilt, ROOT, validateSarif, workspace } from './run';

// One `syntax` error on a line of junk at the top level.
const OOPS = 'oops\n';
/** Lines of junk, each its own `syntax` error: a declaration between them ends the error recovery. */
const junk = (...lines: string[]): string => lines.map((line, i) => `${line}\nduties s${i} {}\n`).join('');

interface Diagnostic { file: string; line: number; rule: string; severity: string }
interface JsonReport { summary: { errors: number; warnings: number; infos: number }; diagnostics: Diagnostic[]; baseline?: { matched: number; new: number; gone: number } }
interface BaselineFile { version: number; findings: { file: string; rule: string; fingerprint: string; count: number }[] }

const read = (dir: string, file = 'baton-baseline.json'): string => fs.readFileSync(path.join(dir, file), 'utf8');
const write = (dir: string, file: string, text: string): void => fs.writeFileSync(path.join(dir, file), text);
const check = (dir: string, ...args: string[]) => baton(dir, ['check', '--date', '2025-06-30', ...args]);
const json = (dir: string, ...args: string[]) => {
  const run = check(dir, '--format', 'json', ...args);
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
};
const where = (report: JsonReport) => report.diagnostics.map((d) => `${d.file}:${d.line}`);

describe('cli baseline', function () {
  this.timeout(60000);
  before(() => ensureBuilt());
  after(() => cleanUp());

  describe('--update-baseline', () => {
    it('writes baton-baseline.json: versioned, sorted, pretty-printed, counting identical findings', () => {
      const dir = workspace({ 'b.baton': junk('oops', 'oops'), 'a/z.baton': junk('乱写 一行'), 'a/y.baton': OOPS });
      const run = check(dir, '--update-baseline');
      assert.equal(run.status, 0, 'everything is recorded, so nothing is new');
      assert.equal(run.stdout, '✔ 3 files checked, no new problems\n✔ Wrote baseline baton-baseline.json: 4 findings recorded\n');
      const text = read(dir);
      const file = JSON.parse(text) as BaselineFile;
      assert.equal(text, `${JSON.stringify(file, null, 2)}\n`);
      assert.equal(file.version, 1);
      assert.deepEqual(file.findings.map((e) => [e.file, e.rule, e.count]), [['a/y.baton', 'syntax', 1], ['a/z.baton', 'syntax', 1], ['b.baton', 'syntax', 2]]);
      assert.deepEqual(Object.keys(file.findings[0]), ['file', 'rule', 'fingerprint', 'count']);
      assert.equal(file.findings[0].fingerprint, file.findings[2].fingerprint, 'the same text, the same fingerprint');
      assert.notEqual(file.findings[0].fingerprint, file.findings[1].fingerprint);
    });

    it('is deterministic: the same files give the same bytes', () => {
      const dir = workspace({ 'b.baton': OOPS, 'a.baton': junk('乱写 一行', 'oops') });
      check(dir, '--update-baseline');
      const first = read(dir);
      check(dir, '--update-baseline');
      assert.equal(read(dir), first);
      const other = workspace({ 'a.baton': junk('乱写 一行', 'oops'), 'b.baton': OOPS });
      check(other, '--update-baseline');
      assert.equal(read(other), first);
    });

    it('writes the --baseline file, with paths relative to its folder', () => {
      const dir = workspace({ 'plans/a.baton': OOPS });
      const run = check(dir, '--update-baseline', '--baseline', 'ci/known.json');
      assert.equal(run.status, 0);
      assert.deepEqual((JSON.parse(read(dir, 'ci/known.json')) as BaselineFile).findings.map((e) => e.file), ['../plans/a.baton']);
      assert.ok(!fs.existsSync(path.join(dir, 'baton-baseline.json')));
      // Checked from another folder, the same baseline still matches.
      const again = json(path.join(dir, 'plans'), '--baseline', '../ci/known.json');
      assert.deepEqual([again.status, again.report.baseline], [0, { matched: 1, new: 0, gone: 0 }]);
    });

    it('keeps the entries of files it did not check', () => {
      const dir = workspace({ 'a/x.baton': OOPS, 'b/y.baton': OOPS });
      check(dir, '--update-baseline');
      write(dir, 'b/y.baton', junk('oops', 'oops'));
      check(dir, 'b', '--update-baseline');
      assert.deepEqual((JSON.parse(read(dir)) as BaselineFile).findings.map((e) => [e.file, e.count]), [['a/x.baton', 1], ['b/y.baton', 2]]);
    });

    it('records findings --quiet does not show, so a later run without it still matches', () => {
      const dir = workspace({ 'a.baton': `${OOPS}// baton-ignore no-such-rule -- legacy\n` });
      check(dir, '--update-baseline', '--quiet');
      const run = json(dir, '--baseline', 'baton-baseline.json');
      assert.deepEqual([run.status, run.report.baseline, run.report.diagnostics], [0, { matched: 2, new: 0, gone: 0 }, []]);
    });
  });

  describe('--baseline', () => {
    it('reports only findings not in the baseline, and the exit code counts only those', () => {
      const dir = workspace({ 'a.baton': OOPS, 'b.baton': '// fine\n' });
      check(dir, '--update-baseline');
      const known = json(dir, '--baseline', 'baton-baseline.json');
      assert.deepEqual([known.status, known.report.summary, known.report.diagnostics], [0, { errors: 0, warnings: 0, infos: 0 }, []]);
      write(dir, 'b.baton', 'bad\n');
      const fresh = json(dir, '--baseline', 'baton-baseline.json');
      assert.equal(fresh.status, 1);
      assert.deepEqual(where(fresh.report), ['b.baton:1']);
      assert.deepEqual(fresh.report.baseline, { matched: 1, new: 1, gone: 0 });
    });

    it('keeps a finding known when lines are inserted above it', () => {
      const dir = workspace({ 'a.baton': `// 说明\n${OOPS}` });
      check(dir, '--update-baseline');
      write(dir, 'a.baton', `// 修订说明\n\n/* 2025 年 3 月\n   修订 */\n// 说明\n${OOPS}`);
      const run = json(dir, '--baseline', 'baton-baseline.json');
      assert.deepEqual([run.status, run.report.baseline], [0, { matched: 1, new: 0, gone: 0 }]);
    });

    it('treats a finding whose offending text changed as new, and the old one as gone', () => {
      const dir = workspace({ 'a.baton': OOPS });
      check(dir, '--update-baseline');
      write(dir, 'a.baton', 'oops again\n');
      const run = json(dir, '--baseline', 'baton-baseline.json');
      assert.deepEqual([run.status, where(run.report), run.report.baseline], [1, ['a.baton:1'], { matched: 0, new: 1, gone: 1 }]);
    });

    it('counts a fixed finding as gone, in every format', () => {
      const dir = workspace({ 'a.baton': junk('oops', '乱写 一行'), 'b.baton': OOPS });
      check(dir, '--update-baseline');
      write(dir, 'a.baton', junk('oops'));
      fs.rmSync(path.join(dir, 'b.baton'));
      const run = json(dir, '--baseline', 'baton-baseline.json');
      assert.deepEqual([run.status, run.report.diagnostics, run.report.baseline], [0, [], { matched: 1, new: 0, gone: 2 }]);

      const stylish = check(dir, '--baseline', 'baton-baseline.json');
      assert.equal(stylish.stdout, '✔ 1 file checked, no new problems\nBaseline baton-baseline.json: 1 known finding not shown, 0 new, 2 gone (fixed)\n');
      const zh = check(dir, '--baseline', 'baton-baseline.json', '--locale', 'zh-CN');
      assert.equal(zh.stdout, '✔ 已检查 1 个文件，未发现新问题\n基线文件 baton-baseline.json：已记录问题 1 个（不再显示），新增问题 0 个，已消除 2 个\n');
      const github = check(dir, '--baseline', 'baton-baseline.json', '--format', 'github');
      assert.equal(github.stdout, '::notice title=baseline::Baseline baton-baseline.json: 1 known finding not shown, 0 new, 2 gone (fixed)\n');
      const junit = check(dir, '--baseline', 'baton-baseline.json', '--format', 'junit');
      assert.match(junit.stdout, /<properties>\n {6}<property name="baseline\.file" value="baton-baseline\.json"\/>\n {6}<property name="baseline\.matched" value="1"\/>\n {6}<property name="baseline\.new" value="0"\/>\n {6}<property name="baseline\.gone" value="2"\/>\n {4}<\/properties>/);
      const sarif = check(dir, '--baseline', 'baton-baseline.json', '--format', 'sarif');
      assert.deepEqual(validateSarif(sarif.stdout), []);
      const log = JSON.parse(sarif.stdout) as { runs: { results: unknown[]; properties: unknown }[] };
      assert.deepEqual([log.runs[0].results, log.runs[0].properties], [[], { baseline: { matched: 1, new: 0, gone: 2 } }]);
    });

    it('counts: two identical findings with one in the baseline report one', () => {
      const dir = workspace({ 'a.baton': OOPS });
      check(dir, '--update-baseline');
      write(dir, 'a.baton', junk('oops', 'oops'));
      const run = json(dir, '--baseline', 'baton-baseline.json');
      assert.deepEqual([run.status, where(run.report), run.report.baseline], [1, ['a.baton:3'], { matched: 1, new: 1, gone: 0 }]);
    });

    it('matches Chinese text, and CRLF files against a baseline written from LF', () => {
      const lf = `// 某县方案\n${junk('乱写 一行', 'oops')}`;
      const dir = workspace({ '县/方案.baton': lf });
      check(dir, '--update-baseline');
      assert.deepEqual((JSON.parse(read(dir)) as BaselineFile).findings.map((e) => e.file), ['县/方案.baton', '县/方案.baton']);
      write(dir, '县/方案.baton', `\uFEFF${lf.replace(/\n/g, '\r\n')}`);
      const run = json(dir, '--baseline', 'baton-baseline.json');
      assert.deepEqual([run.status, run.report.baseline], [0, { matched: 2, new: 0, gone: 0 }]);
      write(dir, '县/方案.baton', lf.replace('乱写', '乱填'));
      assert.deepEqual(json(dir, '--baseline', 'baton-baseline.json').report.baseline, { matched: 1, new: 1, gone: 1 });
    });

    it('does not count entries of files outside the checked paths as gone', () => {
      const dir = workspace({ 'a/x.baton': OOPS, 'b/y.baton': OOPS });
      check(dir, '--update-baseline');
      assert.deepEqual(json(dir, 'a', '--baseline', 'baton-baseline.json').report.baseline, { matched: 1, new: 0, gone: 0 });
      fs.rmSync(path.join(dir, 'a', 'x.baton'));
      assert.deepEqual(json(dir, 'a', '--baseline', 'baton-baseline.json').report.baseline, { matched: 0, new: 0, gone: 1 }, 'a deleted file under a checked folder is gone');
    });

    it('still reports configuration problems, which are never baselined', () => {
      const dir = workspace({ 'a.baton': OOPS, 'baton.config.json': '{ "colour": "red" }' });
      assert.equal(check(dir, '--update-baseline').status, 2);
      assert.deepEqual((JSON.parse(read(dir)) as BaselineFile).findings.map((e) => e.rule), ['syntax']);
      const run = json(dir, '--baseline', 'baton-baseline.json');
      assert.deepEqual([run.status, run.report.diagnostics.map((d) => d.rule), run.report.baseline], [2, ['invalid-config'], { matched: 1, new: 1, gone: 0 }]);
    });

    it('leaves the default json shape alone without the flag', () => {
      const run = json(workspace({ 'a.baton': OOPS }));
      assert.deepEqual(Object.keys(run.report), ['version', 'files', 'summary', 'diagnostics']);
    });

    it('exits 2 with one clear line on a missing or malformed baseline, before checking anything', () => {
      const dir = workspace({ 'a.baton': OOPS, 'bad.json': '{ "version": 1, "findings": [ ', 'old.json': '{ "version": 0, "findings": [] }' });
      const cases: [string, string][] = [
        ['missing.json', 'baton: cannot read baseline missing.json: no such file\n'],
        ['old.json', 'baton: cannot read baseline old.json: unsupported "version" 0: expected 1\n'],
        ['.', 'baton: cannot read baseline .: is a folder\n'],
      ];
      for (const [file, message] of cases) {
        const run = check(dir, '--baseline', file);
        assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', message], file);
      }
      const bad = check(dir, '--baseline', 'bad.json', '--format', 'json');
      assert.deepEqual([bad.status, bad.stdout], [2, '']);
      assert.match(bad.stderr, /^baton: cannot read baseline bad\.json: not valid JSON \(.*\)\n$/);
      assert.deepEqual(check(dir, '--baseline=').status, 2);
    });

    it('--update-baseline repairs a malformed baseline', () => {
      const dir = workspace({ 'a.baton': OOPS, 'baton-baseline.json': 'garbage' });
      assert.equal(check(dir, '--update-baseline').status, 0);
      assert.equal(json(dir, '--baseline', 'baton-baseline.json').status, 0);
    });
  });

  describe('acceptance (issue 4)', () => {
    const SUBMITTED = path.join(ROOT, 'samples', 'submitted');

    /** A temporary copy of samples/submitted. */
    function copyOfSamples(): string {
      const dir = workspace({});
      fs.cpSync(SUBMITTED, dir, { recursive: true });
      return dir;
    }

    it('a CI run with a baseline on the submitted samples exits 0; one new escalation makes it exit 1 showing only that finding', () => {
      const dir = copyOfSamples();
      const ci = ['--max-warnings', '0', '--baseline', 'baton-baseline.json'];
      assert.equal(check(dir, '--max-warnings', '0').status, 1, 'the samples have findings');
      assert.equal(check(dir, '--update-baseline').status, 0);
      const clean = json(dir, ...ci);
      assert.equal(clean.status, 0);
      assert.deepEqual(clean.report.diagnostics, []);
      assert.ok(clean.report.baseline!.matched > 20, JSON.stringify(clean.report.baseline));

      // 城关街道 raises the petition indicator above 青石县's `≥ 95%`.
      const township = path.join(dir, 'linchuan', 'qingshi', 'townships', 'chengguan.baton');
      const before = fs.readFileSync(township, 'utf8');
      const target = '指标 信访工作 "初次信访事项及时受理率" {\n    目标：≥ 95%';
      assert.ok(before.includes(target), 'the sample still has the indicator this test escalates');
      fs.writeFileSync(township, before.replace(target, target.replace('≥ 95%', '≥ 99%')));
      const line = before.slice(0, before.indexOf(target)).split('\n').length + 1;

      const run = json(dir, ...ci);
      assert.equal(run.status, 1);
      assert.deepEqual(run.report.diagnostics.map((d) => [d.file, d.line, d.severity, d.rule]), [
        ['linchuan/qingshi/townships/chengguan.baton', line, 'warning', 'escalation'],
      ]);
      assert.deepEqual(run.report.baseline, { matched: clean.report.baseline!.matched, new: 1, gone: 0 });
      const stylish = check(dir, ...ci);
      assert.equal(stylish.status, 1);
      assert.match(stylish.stdout, /^linchuan\/qingshi\/townships\/chengguan\.baton:\d+:\d+ +warning +Target `≥ 99%` .* +escalation\n/);
      assert.match(stylish.stdout, /✖ 1 problem \(0 errors, 1 warning, 0 info messages\)\nBaseline baton-baseline\.json: \d+ known findings not shown, 1 new, 0 gone \(fixed\)\n$/);
    });
  });
});
