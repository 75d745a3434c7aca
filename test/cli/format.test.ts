import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baton, cleanUp, ROOT, workspace } from './run';

const MESSY = '方案 p {\n层级 县\n  考核对象   乡镇\n指标 a { 权重 100\n  目标 ≥  30 ％ }\n}\n';

describe('baton format', () => {
  after(cleanUp);

  it('lists unformatted files with --check and exits 1 without writing', () => {
    const dir = workspace({ 'a.baton': MESSY });
    const run = baton(dir, ['format', '--check', '.']);
    assert.equal(run.status, 1);
    assert.match(run.stdout + run.stderr, /a\.baton/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.baton'), 'utf8'), MESSY);
  });

  it('rewrites files, after which --check passes and the findings are unchanged', () => {
    const dir = workspace({ 'a.baton': MESSY });
    const before = baton(dir, ['check', '--format', 'json', '.']);
    assert.equal(baton(dir, ['format', '.']).status, 0);
    const formatted = fs.readFileSync(path.join(dir, 'a.baton'), 'utf8');
    assert.notEqual(formatted, MESSY);
    assert.equal(baton(dir, ['format', '--check', '.']).status, 0);
    const after = baton(dir, ['check', '--format', 'json', '.']);
    const rules = (out: string) => (JSON.parse(out) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
    assert.deepEqual(rules(after.stdout), rules(before.stdout));
  });

  it('is listed in baton --help', () => {
    assert.match(baton(workspace({}), ['--help']).stdout, /baton format/);
  });
});

describe('baton check on a path that does not exist', () => {
  after(cleanUp);

  it('says so on stderr only and exits 2, without a "no problems" line', () => {
    const run = baton(workspace({}), ['check', 'nope']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /nope/);
    assert.equal(run.stdout, '');
  });
});

describe('the reviewed samples', () => {
  it('are in the canonical layout (baton format --check passes)', () => {
    const run = baton(ROOT, ['format', '--check', 'samples/reviewed', 'samples/english']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
});
