import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/rules/index';
import { docsUrl } from '../../server/src/rules/rule';
import { escapeData, escapeProperty } from '../../server/src/cli/github';
import type { Report } from '../../server/src/cli/report';
import { formatSarif } from '../../server/src/cli/sarif';
import { baton, cleanUp, coreMessage, ensureBuilt, validateSarif as validate, workspace } from './run';

const ERROR = 'oops\n';
const FIXABLE = '职责清单 d {\n  职责a\n}\n';
// `no-such-rule` will never be a rule: the directive is always an unused suppression (a warning).
const UNUSED = '// baton-ignore no-such-rule -- legacy';
// 𠀀 is one code point but two UTF-16 code units: `oops` starts at UTF-16 column 10.
const ASTRAL = `/* 𠀀 */ oops\n${UNUSED}\n`;

describe('cli formats', function () {
  this.timeout(60000);
  before(() => ensureBuilt());
  after(() => cleanUp());

  const sample = () => workspace({ 'a.baton': ERROR, 'B.baton': ERROR, 'b/z.baton': ASTRAL, 'c.baton': '// fine\n' });
  const oops = coreMessage(ERROR, 'syntax');
  const unused = coreMessage(`${UNUSED}\n`, 'unused-suppression');

  it('json: prints exactly the object of the spec, sorted by file, line and column, with UTF-16 columns', () => {
    const run = baton(sample(), ['check', '--format', 'json']);
    assert.equal(run.status, 1);
    const diagnostic = (file: string, line: number, column: number, endColumn: number, severity: string, rule: string, message: string) =>
      ({ file, line, column, endLine: line, endColumn, severity, rule, message });
    const expected = {
      version: 1,
      files: 4,
      summary: { errors: 3, warnings: 1, infos: 0 },
      diagnostics: [
        diagnostic('B.baton', 1, 1, 5, 'error', 'syntax', oops),
        diagnostic('a.baton', 1, 1, 5, 'error', 'syntax', oops),
        diagnostic('b/z.baton', 1, 10, 14, 'error', 'syntax', oops),
        diagnostic('b/z.baton', 2, 1, UNUSED.length + 1, 'warning', 'unused-suppression', unused),
      ],
    };
    assert.equal(run.stdout, `${JSON.stringify(expected)}\n`);
  });

  it('json: paths are relative to the current folder, also above it', () => {
    const dir = workspace({ 'plans/a.baton': ERROR, 'work/.keep': '' });
    const run = baton(path.join(dir, 'work'), ['check', '../plans', '--format', 'json']);
    assert.deepEqual(JSON.parse(run.stdout).diagnostics.map((d: { file: string }) => d.file), ['../plans/a.baton']);
  });

  it('json: counts info and hint findings as infos', () => {
    const dir = workspace({ 'baton.config.json': '{ "rules": { "unused-suppression": "hint" } }', 'a.baton': `${UNUSED}\n` });
    const run = baton(dir, ['check', '--format', 'json']);
    assert.deepEqual(JSON.parse(run.stdout).summary, { errors: 0, warnings: 0, infos: 1 });
    assert.equal(JSON.parse(run.stdout).diagnostics[0].severity, 'hint');
  });

  it('stylish: one aligned line per finding, files apart, then the summary; no colours when piped', () => {
    const run = baton(sample(), ['check']);
    assert.equal(run.stdout, [
      `B.baton:1:1     error    ${oops}  syntax`,
      '',
      `a.baton:1:1     error    ${oops}  syntax`,
      '',
      `b/z.baton:1:10  error    ${oops}  syntax`,
      `b/z.baton:2:1   warning  ${unused}  unused-suppression`,
      '',
      '✖ 4 problems (3 errors, 1 warning, 0 info messages)',
      '',
    ].join('\n'));
  });

  it('stylish: colours with FORCE_COLOR unless NO_COLOR is set, never in --output files', () => {
    const dir = workspace({ 'a.baton': ERROR });
    assert.match(baton(dir, ['check'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout, /\u001b\[31merror/);
    assert.doesNotMatch(baton(dir, ['check'], { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout, /\u001b\[/);
    baton(dir, ['check', '--output', 'report.txt'], { NO_COLOR: '', FORCE_COLOR: '1' });
    assert.doesNotMatch(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8'), /\u001b\[/);
  });

  it('github: one workflow command per finding, with escaped properties and message', () => {
    const dir = workspace({
      'dir,1/a:b.baton': '%\n',
      'baton.config.json': '{ "rules": { "unused-suppression": "info" } }',
      'w.baton': `${UNUSED}\n`,
    });
    const run = baton(dir, ['check', '--format', 'github']);
    const percent = coreMessage('%\n', 'syntax');
    assert.ok(percent.includes('%'), 'the message shows the `%`, so it must be escaped');
    assert.equal(run.stdout, [
      `::error file=dir%2C1/a%3Ab.baton,line=1,col=1,endLine=1,endColumn=2,title=syntax::${percent.replace(/%/g, '%25')}`,
      `::notice file=w.baton,line=1,col=1,endLine=1,endColumn=${UNUSED.length + 1},title=unused-suppression::${unused}`,
      '',
    ].join('\n'));
    const warning = baton(workspace({ 'w.baton': `${UNUSED}\n` }), ['check', '--format', 'github']);
    assert.match(warning.stdout, /^::warning file=w\.baton,/);
  });

  it('github: escapes as the Actions toolkit does', () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('junit: one test case per checked file, one failure per finding', () => {
    const dir = workspace({ 'a.baton': `${ERROR}${UNUSED}\n`, 'b.baton': '// fine\n' });
    const run = baton(dir, ['check', '--format', 'junit']);
    const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
    const unusedHere = coreMessage(`${ERROR}${UNUSED}\n`, 'unused-suppression');
    assert.equal(run.stdout, [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="baton" tests="2" failures="1" errors="0">',
      '  <testsuite name="baton check" tests="2" failures="1" errors="0" skipped="0">',
      '    <testcase classname="baton" name="a.baton" file="a.baton">',
      `      <failure type="syntax" message="${xml(oops)}">${xml(`a.baton:1:1 error ${oops} (syntax)`)}</failure>`,
      `      <failure type="unused-suppression" message="${xml(unusedHere)}">${xml(`a.baton:2:1 warning ${unusedHere} (unused-suppression)`)}</failure>`,
      '    </testcase>',
      '    <testcase classname="baton" name="b.baton" file="b.baton"/>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'));
  });

  describe('sarif', () => {
    interface SarifLog {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
          fixes?: { artifactChanges: { replacements: { deletedRegion: Record<string, number>; insertedContent: { text: string } }[] }[] }[];
        }[];
      }[];
    }

    it('is SARIF 2.1.0 that the validator accepts, with rules, levels, regions and fixes', () => {
      const dir = workspace({
        '县/方案.baton': FIXABLE,
        'a.baton': `${UNUSED}\n`,
        'sub/baton.config.json': '{ "rules": { "unused-suppression": "info" } }',
        'sub/b.baton': `${UNUSED}\n`,
      });
      const run = baton(dir, ['check', '--format', 'sarif']);
      assert.equal(run.status, 1);
      assert.deepEqual(validate(run.stdout), []);

      const log = JSON.parse(run.stdout) as SarifLog;
      assert.equal(log.version, '2.1.0');
      const { driver } = log.runs[0].tool;
      assert.equal(driver.name, 'Baton');
      assert.match(driver.version, /^\d+\.\d+\.\d+/);
      assert.deepEqual(driver.rules.map((r) => r.id), allRules.map((r) => r.id));
      for (const rule of driver.rules) {
        assert.equal(rule.helpUri, docsUrl(rule.id));
        assert.equal(rule.shortDescription.text, allRules.find((r) => r.id === rule.id)!.description.en);
      }
      const results = log.runs[0].results;
      assert.deepEqual(results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri]), [
        ['unused-suppression', 'warning', 'a.baton'],
        ['unused-suppression', 'note', 'sub/b.baton'],
        ['syntax', 'error', '%E5%8E%BF/%E6%96%B9%E6%A1%88.baton'],
      ]);
      for (const result of results) assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      const syntax = results[2];
      assert.deepEqual(syntax.locations[0].physicalLocation.region, { startLine: 2, startColumn: 3, endLine: 2, endColumn: 6 });
      assert.equal(syntax.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(syntax.fixes?.[0].artifactChanges[0].replacements, [
        { deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 5 }, insertedContent: { text: ' ' } },
      ]);
    });

    it('writes related locations the validator accepts', () => {
      const span = { line: 3, column: 5, endLine: 3, endColumn: 9 };
      const report: Report = {
        version: '1.2.3',
        checked: ['县.baton', 'city.baton'],
        findings: [{
          ...span,
          file: '县.baton',
          severity: 'warning',
          rule: 'unused-suppression',
          message: '目标“≥ 35%”高于上级方案的“≥ 30%”',
          related: [{ file: '../common/city.baton', line: 7, column: 15, endLine: 7, endColumn: 20, message: '上级方案的目标' }],
          fix: { description: '改为“≥ 30%”', edits: [{ ...span, file: '县.baton', newText: '≥ 30%' }] },
        }, {
          ...span,
          file: 'city.baton',
          severity: 'hint',
          rule: 'not-a-registered-rule',
          message: 'A finding of a rule the registry does not know',
          related: [],
        }],
        summary: { errors: 0, warnings: 1, infos: 1 },
        locale: 'zh-CN',
        fixed: [],
      };
      const text = formatSarif(report, { cwd: '/w/县' });
      assert.deepEqual(validate(text), []);
      const log = JSON.parse(text) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: Record<string, unknown>[] }[] };
      assert.deepEqual(log.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///w/%E5%8E%BF/' } });
      assert.deepEqual(log.runs[0].results[0].relatedLocations, [{
        id: 0,
        physicalLocation: { artifactLocation: { uri: '../common/city.baton', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 15, endLine: 7, endColumn: 20 } },
        message: { text: '上级方案的目标' },
      }]);
      assert.equal(log.runs[0].results[1].ruleIndex, undefined);
      assert.equal(log.runs[0].results[1].level, 'note');
    });
  });
});
