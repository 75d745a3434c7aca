/**
 * The extension package: `vsce package` builds a .vsix holding only the bundles, the
 * grammar, the docs, the README, the UI strings and the icon; the manifest's contributions
 * and UI strings are complete in English and Chinese.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ROOT } from './harness';

interface ZipEntry {
  readonly name: string;
  readonly size: number;
  readonly compressedSize: number;
  readonly method: number;
  readonly localOffset: number;
}

/** The entries of a zip file, from its central directory. */
function zipEntries(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  assert.ok(end >= 0, 'no end of central directory record: not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'bad central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The content of one entry (stored or deflated). */
function zipRead(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  assert.equal(zip.readUInt32LE(at), 0x04034b50, 'bad local file header');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? Buffer.from(data) : inflateRawSync(data);
}

function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist', 'extension.cjs')) && existsSync(join(ROOT, 'dist', 'server.cjs'))) return;
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

describe('extension package', function () {
  this.timeout(120000);
  let folder: string;
  let zip: Buffer;
  let entries: ZipEntry[];

  before(() => {
    ensureBuilt();
    folder = mkdtempSync(join(tmpdir(), 'baton-vsix-'));
    const out = join(folder, 'baton.vsix');
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    zip = readFileSync(out);
    entries = zipEntries(zip);
  });
  after(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('holds only the bundles, grammar, docs, README, UI strings and icon', () => {
    const names = entries.map((e) => e.name).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
    const allowed = [
      /^package\.json$/, /^readme\.md$/i, /^license(\.md|\.txt)?$/i, /^changelog\.md$/i,
      /^dist\/(extension|server)\.cjs$/,
      /^grammar\/(baton\.tmLanguage|language-configuration)\.json$/,
      /^docs\/.+\.md$/,
      /^package\.nls(\.zh-cn)?\.json$/,
      /^client\/images\/icon\.png$/,
    ];
    assert.deepEqual(names.filter((n) => !allowed.some((p) => p.test(n))), []);
    for (const required of [
      'package.json', 'dist/extension.cjs', 'dist/server.cjs', 'grammar/baton.tmLanguage.json', 'grammar/language-configuration.json',
      'package.nls.json', 'package.nls.zh-cn.json', 'client/images/icon.png',
    ]) assert.ok(names.includes(required), `${required} is missing`);
    assert.ok(names.some((n) => n.toLowerCase() === 'readme.md'), 'README is missing');
    assert.ok(names.some((n) => /^docs\/rules\/[a-z0-9-]+\.md$/.test(n)), 'rule docs are missing');
    assert.ok(!names.some((n) => n.endsWith('.map') || n.endsWith('.ts') || n.startsWith('node_modules/')), 'sources, maps or node_modules leaked in');
  });

  it('stays small', () => {
    const packed = zip.length;
    const unpacked = entries.reduce((n, e) => n + e.size, 0);
    assert.ok(packed < 2_000_000, `the .vsix is ${packed} bytes`);
    assert.ok(unpacked < 6_000_000, `the .vsix unpacks to ${unpacked} bytes`);
  });

  it('ships the same bundles and manifest as the build', () => {
    for (const file of ['dist/server.cjs', 'dist/extension.cjs', 'package.json']) {
      const entry = entries.find((e) => e.name === `extension/${file}`)!;
      const shipped = zipRead(zip, entry);
      assert.equal(shipped.length, statSync(join(ROOT, file)).size, file);
    }
    const manifest = JSON.parse(zipRead(zip, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8')) as { main: string };
    assert.equal(manifest.main, './dist/extension.cjs');
  });
});

describe('extension manifest', () => {
  const pkg = readJson('package.json') as {
    main: string; icon: string; activationEvents: string[]; capabilities: { untrustedWorkspaces: { supported: unknown } };
    contributes: {
      languages: { id: string; extensions: string[]; aliases: string[]; configuration: string }[];
      commands: { command: string }[];
      configuration: { properties: Record<string, unknown> };
    };
  };

  it('contributes the language, its configuration, settings and commands', () => {
    const [language] = pkg.contributes.languages;
    assert.equal(language.id, 'baton');
    assert.deepEqual(language.extensions, ['.baton']);
    assert.ok(language.aliases.includes('Baton') && language.aliases.includes('指挥棒'));
    assert.ok(existsSync(join(ROOT, language.configuration)));
    assert.ok(existsSync(join(ROOT, pkg.icon)));
    assert.deepEqual(pkg.activationEvents, ['onLanguage:baton', 'workspaceContains:**/*.baton']);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), ['baton.format.asciiPunctuation', 'baton.locale', 'baton.trace.server']);
    const commands = pkg.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(commands, ['baton.restartServer', 'baton.showOutput']);
    const client = readFileSync(join(ROOT, 'client/src/extension.ts'), 'utf8');
    const protocol = readFileSync(join(ROOT, 'server/src/lsp/protocol.ts'), 'utf8');
    for (const command of commands) {
      assert.ok(protocol.includes(`'${command}'`), `${command} is not in protocol.ts`);
      const name = /(\w+): '([^']+)'/g;
      const key = [...protocol.matchAll(name)].find((m) => m[2] === command)![1];
      assert.ok(client.includes(`Commands.${key}`), `the client does not register ${command}`);
    }
  });

  it('has every UI string in English and Chinese', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))].sort();
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    assert.ok(keys.length > 5);
    assert.deepEqual(Object.keys(en).sort(), keys);
    assert.deepEqual(Object.keys(zh).sort(), keys);
    for (const key of keys) assert.ok(typeof zh[key] === 'string' && /[\u4e00-\u9fff]/.test(zh[key] as string), `${key} is not translated`);
  });

  it('language configuration pairs full-width brackets and Chinese quotes', () => {
    const config = readJson('grammar/language-configuration.json') as {
      comments: { lineComment: string; blockComment: string[] };
      brackets: string[][];
      autoClosingPairs: { open: string; close: string }[];
      indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    };
    assert.equal(config.comments.lineComment, '//');
    assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
    assert.deepEqual(config.brackets, [['{', '}'], ['｛', '｝']]);
    const pairs = config.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['{}', '｛｝', '""', '“”', '（）']) assert.ok(pairs.includes(pair), pair);
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test('plan x {') && increase.test('方案 县 ｛') && increase.test('  指标 a “甲” ｛  // 注释'));
    assert.ok(!increase.test('  duty a "x" basic { lead "y" }') && !increase.test('// {'));
    assert.ok(decrease.test('  }') && decrease.test('　｝'));
  });
});
