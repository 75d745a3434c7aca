/** Baseline fingerprints and matching (spec §5.4): keyed by file, rule and offending text, never by line. */
import assert from 'node:assert/strict';
import {
  type BaselineKey, createBaseline, fingerprint, formatBaseline, matchBaseline, parseBaseline,
} from '../../server/src/linter/baseline';
import type { TextRange } from '../../server/src/syntax/text';

/** The range of the `occurrence`-th (0-based) `needle` in `text`. */
function rangeOf(text: string, needle: string, occurrence = 0): TextRange {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    assert.ok(start >= 0, `${needle} #${occurrence} not in the text`);
  }
  return { start, end: start + needle.length };
}

const print = (text: string, needle: string, occurrence = 0): string => fingerprint(text, rangeOf(text, needle, occurrence));

const COUNTY = [
  '方案 县2025 "某县方案" {',
  '  指标 forest "森林覆盖率" {',
  '    目标     ≥ 35%',
  '    权重     30',
  '  }',
  '}',
  '',
].join('\n');

describe('baseline', () => {
  describe('fingerprint', () => {
    it('is 16 hex digits and the same for the same text', () => {
      assert.match(print(COUNTY, '≥ 35%'), /^[0-9a-f]{16}$/);
      assert.equal(print(COUNTY, '≥ 35%'), print(COUNTY, '≥ 35%'));
    });

    it('does not depend on the line: lines inserted above keep it', () => {
      const moved = `// 2025-03 修订\n\n${COUNTY}`;
      assert.equal(print(moved, '≥ 35%'), print(COUNTY, '≥ 35%'));
    });

    it('changes when the offending text changes', () => {
      assert.notEqual(print(COUNTY.replace('≥ 35%', '≥ 36%'), '≥ 36%'), print(COUNTY, '≥ 35%'));
    });

    it('changes when the rest of its line changes (the same value on another property is another finding)', () => {
      const other = COUNTY.replace('目标     ≥ 35%', '目标     ≥ 35% 起');
      assert.notEqual(print(other, '≥ 35%'), print(COUNTY, '≥ 35%'));
    });

    it('ignores indentation, CRLF and white space runs, including the ideographic space', () => {
      const base = print(COUNTY, '≥ 35%');
      assert.equal(print(COUNTY.replace(/\n/g, '\r\n'), '≥ 35%'), base);
      assert.equal(print(COUNTY.replace('    目标     ≥ 35%', '\t目标\u3000≥ 35%  '), '≥ 35%'), base);
    });

    it('hashes Chinese text by its characters (names that differ in one character differ)', () => {
      const a = '职责清单 乡镇职责 {\n  职责 安全生产 "落实属地安全生产监管责任" 基本\n}\n';
      const b = a.replace('安全生产 "', '安全生成 "');
      assert.notEqual(print(a, '安全生产'), print(b, '安全生成'));
      assert.equal(print(`\n\n${a}`, '安全生产'), print(a, '安全生产'));
    });

    it('takes the lines a range spans, and tolerates empty and out-of-range ranges', () => {
      const text = 'a {\n  b\n}\n';
      assert.equal(fingerprint(text, { start: 2, end: 9 }), fingerprint(`// x\n${text}`, { start: 7, end: 14 }));
      assert.match(fingerprint(text, { start: 100, end: 50 }), /^[0-9a-f]{16}$/);
      assert.match(fingerprint('', { start: 0, end: 0 }), /^[0-9a-f]{16}$/);
      assert.match(fingerprint(text, { start: Number.NaN, end: Number.NaN }), /^[0-9a-f]{16}$/);
    });
  });

  describe('file', () => {
    const key = (file: string, rule: string, fp: string): BaselineKey => ({ file, rule, fingerprint: fp });

    it('merges identical keys with a count and sorts by file, rule and fingerprint', () => {
      const baseline = createBaseline([key('b.baton', 'syntax', '2'), key('a.baton', 'z', '1'), key('b.baton', 'syntax', '2'), key('a.baton', 'escalation', '9')]);
      assert.equal(formatBaseline(baseline), `${JSON.stringify({
        version: 1,
        findings: [
          { file: 'a.baton', rule: 'escalation', fingerprint: '9', count: 1 },
          { file: 'a.baton', rule: 'z', fingerprint: '1', count: 1 },
          { file: 'b.baton', rule: 'syntax', fingerprint: '2', count: 2 },
        ],
      }, null, 2)}\n`);
    });

    it('reads back what it writes', () => {
      const baseline = createBaseline([key('县/方案.baton', 'escalation', 'abc'), key('县/方案.baton', 'escalation', 'abc')]);
      assert.deepEqual(parseBaseline(formatBaseline(baseline)), { baseline });
      assert.deepEqual(parseBaseline(`\uFEFF${formatBaseline(baseline)}`), { baseline });
    });

    it('says in one line what is wrong with a malformed file', () => {
      const errors = ['', '{', '[]', '{"version":2,"findings":[]}', '{"version":1}', '{"version":1,"findings":[{"file":"a","rule":"r","fingerprint":"f","count":0}]}', '{"version":1,"findings":[{"file":"a","rule":"r"}]}']
        .map((text) => parseBaseline(text));
      for (const result of errors) {
        assert.ok('error' in result, JSON.stringify(result));
        assert.doesNotMatch(result.error, /\n/);
      }
      assert.deepEqual(errors[3], { error: 'unsupported "version" 2: expected 1' });
    });
  });

  describe('matching', () => {
    const f = (file: string, fp: string, id: number) => ({ file, rule: 'escalation', fingerprint: fp, id });

    it('counts: two identical findings with one recorded leave the second new', () => {
      const baseline = createBaseline([f('a', 'x', 0)]);
      const match = matchBaseline(baseline, [f('a', 'x', 1), f('a', 'x', 2)]);
      assert.deepEqual([match.matched.map((m) => m.id), match.fresh.map((m) => m.id), match.gone], [[1], [2], 0]);
    });

    it('counts recorded findings that no longer occur as gone', () => {
      const baseline = createBaseline([f('a', 'x', 0), f('a', 'x', 0), f('a', 'y', 0), f('b', 'z', 0)]);
      const match = matchBaseline(baseline, [f('a', 'x', 1), f('b', 'w', 2)]);
      assert.deepEqual([match.matched.map((m) => m.id), match.fresh.map((m) => m.id), match.gone], [[1], [2], 3]);
    });

    it('leaves entries of files out of scope alone: neither matched nor gone', () => {
      const baseline = createBaseline([f('a', 'x', 0), f('other', 'y', 0)]);
      const match = matchBaseline(baseline, [], (file) => file === 'a');
      assert.equal(match.gone, 1);
    });

    it('keys by rule too', () => {
      const baseline = createBaseline([{ file: 'a', rule: 'syntax', fingerprint: 'x' }]);
      assert.equal(matchBaseline(baseline, [f('a', 'x', 1)]).fresh.length, 1);
    });
  });
});
