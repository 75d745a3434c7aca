/** `baton check --report-suppressed` (spec §5.4): every negotiation and `baton-ignore`, in every format. */
import assert from 'node:assert/strict';
import { baton, cleanUp, ensureBuilt, validateSarif, workspace } from './run';

// A ladder that checks clean; the county below escalates both indicators.
const CITY = `plan city "市方案" {
  level city
  assesses county
  period 2025
  indicator forest {
    target >= 30 %
    weight 50
    method survey
    horizon long
  }
  indicator roads {
    target >= 10 km
    weight 50
    method field
  }
}
`;

const COUNTY = `import "city.baton"
方案 county "县方案" {
  层级 县
  考核对象 乡镇
  考核年度 2025
  上级方案 city
  指标 forest {
    目标 ≥ 35%
    权重 50
    考核方式 群众评议
    时效 长期
    协商 “生态补偿试点” 批准 “县政府常务会议” 有效期至 2025-12-31
  }
  指标 roads {
    // baton-ignore escalation -- 道路里程按新口径统计
    目标 ≥ 12 km
    权重 50
    考核方式 实地核查
    negotiated "agreed by phone"
  }
}
`;

interface Diagnostic { file: string; line: number; column: number; severity: string; rule: string; message: string }
interface Entry {
  kind: string; file: string; line: number; column: number; endLine: number; endColumn: number; rules: string[]; reason: string;
  approver: string | null; until: string | null; plan: string | null; indicator: string | null; expired: boolean; incomplete: boolean;
  findings: Diagnostic[];
}
interface JsonReport { diagnostics: Diagnostic[]; suppressed?: Entry[] }

describe('cli --report-suppressed', function () {
  this.timeout(60000);
  before(() => ensureBuilt());
  after(() => cleanUp());

  const ladder = () => workspace({ 'city.baton': CITY, 'county.baton': COUNTY });
  const json = (dir: string, ...args: string[]) => JSON.parse(baton(dir, ['check', '--format', 'json', ...args]).stdout) as JsonReport;

  it('json: lists negotiations and suppressions with reason, approver, expiry, place, state and the findings they cover', () => {
    const dir = ladder();
    const report = json(dir, '--report-suppressed', '--date', '2025-06-30');
    const escalation = report.diagnostics.find((d) => d.rule === 'escalation' && d.line === 8)!;
    assert.equal(escalation.severity, 'info', 'the live negotiation makes the escalation an info');
    assert.equal(report.suppressed?.length, 3);
    const [forest, ignore, roads] = report.suppressed!;
    assert.deepEqual(forest, {
      kind: 'negotiated',
      file: 'county.baton',
      line: 12,
      column: 5,
      endLine: 12,
      endColumn: 5 + '协商 “生态补偿试点” 批准 “县政府常务会议” 有效期至 2025-12-31'.length,
      rules: ['escalation'],
      reason: '生态补偿试点',
      approver: '县政府常务会议',
      until: '2025-12-31',
      plan: 'county',
      indicator: 'forest',
      expired: false,
      incomplete: false,
      findings: [{ ...escalation, endLine: 8, endColumn: 13 }],
    });
    assert.deepEqual([ignore.kind, ignore.line, ignore.column, ignore.rules, ignore.reason, ignore.approver, ignore.until, ignore.expired, ignore.incomplete],
      ['ignore', 15, 5, ['escalation'], '道路里程按新口径统计', null, null, false, false]);
    assert.deepEqual(ignore.findings.map((f) => [f.line, f.column, f.rule]), [[16, 8, 'escalation']], 'the finding it hid');
    assert.ok(!report.diagnostics.some((d) => d.line === 16), 'and it stays hidden from the findings');
    assert.deepEqual([roads.kind, roads.line, roads.reason, roads.approver, roads.until, roads.expired, roads.incomplete, roads.findings],
      ['negotiated', 19, 'agreed by phone', null, null, false, true, []]);
  });

  it('json: marks negotiations expired relative to --date', () => {
    const dir = ladder();
    const [forest] = json(dir, '--report-suppressed', '--date', '2026-01-01').suppressed!;
    assert.equal(forest.expired, true);
    assert.deepEqual(forest.findings.map((f) => [f.rule, f.severity]), [['escalation', 'warning']], 'the escalation is reported again');
    assert.equal(json(dir, '--report-suppressed', '--date', '2025-12-31').suppressed![0].expired, false);
  });

  it('json: the default shape stays exactly the spec\'s', () => {
    const report = json(ladder(), '--date', '2025-06-30') as unknown as Record<string, unknown>;
    assert.deepEqual(Object.keys(report), ['version', 'files', 'summary', 'diagnostics']);
    assert.deepEqual(json(workspace({ 'a.baton': '// none\n' }), '--report-suppressed').suppressed, [], 'an empty list with the flag');
  });

  it('stylish: a section after the findings, before the summary; nothing else changes', () => {
    const dir = ladder();
    const plain = baton(dir, ['check', '--date', '2026-01-01']).stdout;
    const run = baton(dir, ['check', '--date', '2026-01-01', '--report-suppressed']);
    const report = json(dir, '--report-suppressed', '--date', '2026-01-01');
    const line = (f: Diagnostic, width: number) => `  ↳ county.baton:${f.line}:${f.column}`.padEnd(width) + `  ${f.severity}  ${f.message}  ${f.rule}`;
    const [forest, ignore] = report.suppressed!;
    const section = [
      'Negotiated targets and suppressions: 2 negotiated, 1 baton-ignore directive',
      'county.baton:12:5  negotiated  "生态补偿试点", approved by "县政府常务会议", until 2025-12-31 (expired)',
      line(forest.findings[0], 0),
      'county.baton:15:5  ignored     escalation: "道路里程按新口径统计"',
      line(ignore.findings[0], 0),
      'county.baton:19:5  negotiated  "agreed by phone", no approver, no expiry (incomplete)',
      '',
    ].join('\n');
    const summaryAt = plain.lastIndexOf('✖');
    assert.ok(summaryAt > 0, plain);
    assert.equal(run.stdout, `${plain.slice(0, summaryAt)}${section}\n${plain.slice(summaryAt)}`);
  });

  it('stylish: in Chinese with --locale zh-CN, and says when a directive hides nothing', () => {
    const dir = workspace({ 'city.baton': CITY, 'county.baton': COUNTY.replace('-- 道路', 'escalation-typo -- 道路').replace('escalation escalation-typo', 'escalation-typo') });
    const run = baton(dir, ['check', '--date', '2025-06-30', '--report-suppressed', '--locale', 'zh-CN']);
    assert.match(run.stdout, /^协商目标与忽略指令：协商目标 2 处，忽略指令 1 处$/m);
    assert.match(run.stdout, /^county\.baton:12:5  协商  “生态补偿试点”，批准人：“县政府常务会议”，有效期至 2025-12-31$/m);
    assert.match(run.stdout, /^county\.baton:15:5  忽略  escalation-typo，理由：“道路里程按新口径统计”\n {2}↳ 未隐藏任何问题$/m);
    assert.match(run.stdout, /^county\.baton:19:5  协商  “agreed by phone”，未写批准人，未写有效期（不完整）$/m);
  });

  it('github: one notice per entry after the findings', () => {
    const run = baton(ladder(), ['check', '--format', 'github', '--date', '2026-01-01', '--report-suppressed']);
    const notices = run.stdout.split('\n').filter((l) => /title=(negotiated|baton-ignore)::/.test(l));
    assert.deepEqual(notices, [
      '::notice file=county.baton,line=12,col=5,endLine=12,endColumn=45,title=negotiated::Negotiated target: "生态补偿试点", approved by "县政府常务会议", until 2025-12-31 (expired); covers 1 finding',
      '::notice file=county.baton,line=15,col=5,endLine=15,endColumn=45,title=baton-ignore::Suppressed: escalation: "道路里程按新口径统计"; hides 1 finding',
      '::notice file=county.baton,line=19,col=5,endLine=19,endColumn=33,title=negotiated::Negotiated target: "agreed by phone", no approver, no expiry (incomplete); covers 0 findings',
    ]);
    assert.ok(run.stdout.endsWith(`${notices.join('\n')}\n`), 'the notices come last');
    assert.doesNotMatch(baton(ladder(), ['check', '--format', 'github', '--date', '2026-01-01']).stdout, /title=negotiated/);
  });

  it('junit: the entries of a file in its test case\'s system-out', () => {
    const run = baton(ladder(), ['check', '--format', 'junit', '--date', '2025-06-30', '--report-suppressed']);
    const out = /<testcase classname="baton" name="county\.baton" file="county\.baton">[\s\S]*?<system-out>([^<]*)<\/system-out>\n {4}<\/testcase>/.exec(run.stdout);
    assert.ok(out !== null, run.stdout);
    const lines = out[1].split('&#10;');
    assert.equal(lines.length, 5);
    assert.equal(lines[0], 'county.baton:12:5 negotiated &quot;生态补偿试点&quot;, approved by &quot;县政府常务会议&quot;, until 2025-12-31');
    assert.match(lines[1], /^ {2}county\.baton:8:8 info .* \(escalation\)$/);
    assert.equal(lines[2], 'county.baton:15:5 baton-ignore escalation: &quot;道路里程按新口径统计&quot;');
    assert.match(lines[3], /^ {2}county\.baton:16:8 info .* \(escalation\)$/);
    assert.equal(lines[4], 'county.baton:19:5 negotiated &quot;agreed by phone&quot;, no approver, no expiry (incomplete)');
    assert.match(run.stdout, /<testcase classname="baton" name="city\.baton" file="city\.baton"\/>/);
  });

  describe('sarif', () => {
    interface Result { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: { kind: string; status: string; justification: string; location: { physicalLocation: { region: { startLine: number } } } }[] }
    interface Log { runs: { results: Result[]; properties?: { suppressed: { kind: string; line: number; incomplete: boolean; findings: number }[] } }[] }
    const sarif = (date: string, ...args: string[]) => baton(ladder(), ['check', '--format', 'sarif', '--date', date, ...args]).stdout;

    it('uses SARIF suppressions (inSource, with justification) that the validator accepts', () => {
      const text = sarif('2025-06-30', '--report-suppressed');
      assert.deepEqual(validateSarif(text), []);
      const run = (JSON.parse(text) as Log).runs[0];
      const escalations = run.results.filter((r) => r.ruleId === 'escalation')
        .map((r) => [r.locations[0].physicalLocation.region.startLine, r.level, r.suppressions?.map((s) => [s.kind, s.status, s.justification, s.location.physicalLocation.region.startLine])]);
      assert.deepEqual(escalations, [
        [8, 'note', [['inSource', 'accepted', '"生态补偿试点", approved by "县政府常务会议", until 2025-12-31', 12]]],
        [16, 'note', [['inSource', 'accepted', 'escalation: "道路里程按新口径统计"', 15]]],
      ]);
      assert.deepEqual(run.properties?.suppressed.map((e) => [e.kind, e.line, e.incomplete, e.findings]), [
        ['negotiated', 12, false, 1], ['ignore', 15, false, 1], ['negotiated', 19, true, 0],
      ]);
    });

    it('marks an expired negotiation\'s suppression rejected, so the escalation counts again', () => {
      const text = sarif('2026-01-01', '--report-suppressed');
      assert.deepEqual(validateSarif(text), []);
      const result = (JSON.parse(text) as Log).runs[0].results.find((r) => r.ruleId === 'escalation' && r.locations[0].physicalLocation.region.startLine === 8)!;
      assert.deepEqual([result.level, result.suppressions?.map((s) => s.status)], ['warning', ['rejected']]);
    });

    it('adds nothing without the flag', () => {
      const run = (JSON.parse(sarif('2025-06-30')) as Log).runs[0];
      assert.equal(run.properties, undefined);
      assert.ok(run.results.every((r) => r.suppressions === undefined));
      assert.ok(!run.results.some((r) => r.locations[0].physicalLocation.region.startLine === 16), 'the hidden finding stays hidden');
    });
  });
});
