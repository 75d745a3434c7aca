import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runFormat } from '../../server/src/cli/format';

const UGLY = 'plan p {\nissuer "x"\n   level city\n}\n';
const PRETTY = 'plan p {\n  issuer "x"\n  level  city\n}\n';
const BROKEN = 'plan p {\n  targt 3\n';

describe('cli: baton format', () => {
  let dir = '';
  const run = (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const status = runFormat(args, { cwd: dir, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
    return { status, stdout, stderr };
  };
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'baton-format-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('rewrites unformatted files under the current folder and leaves formatted ones alone', () => {
    write('a.baton', UGLY);
    write('sub/b.baton', PRETTY);
    write('.hidden/c.baton', UGLY);
    const result = run([]);
    assert.deepStrictEqual(result, { status: 0, stdout: 'formatted a.baton\n', stderr: '' });
    assert.strictEqual(read('a.baton'), PRETTY);
    assert.strictEqual(read('sub/b.baton'), PRETTY);
    assert.strictEqual(read('.hidden/c.baton'), UGLY);
  });

  it('with --check lists the unformatted files, writes nothing and exits 1', () => {
    write('a.baton', UGLY);
    write('b.baton', PRETTY);
    const result = run(['--check', '.']);
    assert.deepStrictEqual(result, { status: 1, stdout: 'a.baton\n', stderr: 'baton: 1 file is not formatted (run baton format)\n' });
    assert.strictEqual(read('a.baton'), UGLY);
    assert.deepStrictEqual(run(['--check', 'b.baton']), { status: 0, stdout: '', stderr: '' });
  });

  it('leaves a file with syntax errors alone and exits 1', () => {
    write('broken.baton', BROKEN);
    const result = run(['broken.baton']);
    assert.deepStrictEqual(result, { status: 1, stdout: '', stderr: 'baton: broken.baton: not formatted: the file has syntax errors (see baton check)\n' });
    assert.strictEqual(read('broken.baton'), BROKEN);
  });

  it('normalises full-width punctuation on request and keeps a byte-order mark', () => {
    write('zh.baton', '\uFEFF方案 p ｛\n  指标 a ｛ 目标：≥ 30％ ｝\n｝\n');
    assert.strictEqual(run(['--ascii-punctuation']).status, 0);
    assert.strictEqual(read('zh.baton'), '\uFEFF方案 p {\n  指标 a {\n    目标: ≥ 30%\n  }\n}\n');
  });

  it('reports bad usage and unreadable paths with exit 2', () => {
    assert.strictEqual(run(['--bogus']).status, 2);
    const missing = run(['nope.baton']);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /^baton: cannot read nope\.baton: no such file or folder\n$/);
    assert.match(run(['--help']).stdout, /^Usage: baton format/);
  });
});
