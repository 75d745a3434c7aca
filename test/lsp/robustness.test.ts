/**
 * The server never dies on a document: hundreds of random edits (truncations, insertions
 * of Baton snippets and garbage, in both languages) with requests in between, and
 * malformed requests; afterwards it still answers a hover and publishes diagnostics.
 */
import assert from 'node:assert/strict';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspClient, makeWorkspace, removeWorkspace, uriOf } from './harness';

const PARENT = `plan city "市方案" {
  level city
  assesses county
  period 2025
  indicator forest { target >= 30 %; weight 100; frequency yearly }
}
`;

const START = `import "parent.baton"
职责清单 乡镇职责 “清单” ｛
  职责 安全生产 “安全” 基本
  职责 土地执法 “土地” 收回 ｛ 牵头部门 “县自然资源局” ｝
｝
检查主体 督查室 “督查室” 块 互认 环境局
方案 县2025 “县方案” ｛
  层级 县；考核对象 乡镇；考核年度 2025
  上级方案 city
  职责清单 乡镇职责
  检查主体 环境局 “县生态环境局” 条
  指标 forest “森林” ｛
    职责 安全生产
    目标 ≥ 35％
    权重 100
    频次 每月
    检查主体 环境局、督查室
    考核方式 台账资料、照片截图
    一票否决
    协商 “理由” 批准 “市” 有效期至 2025-01-01
  ｝
｝
`;

const SNIPPETS = [
  'plan ', '方案 ', 'indicator x {', '指标 y ｛', '}', '｝', '{', '｛', 'target >= ', '目标 ≤ ', '35 %', '％', '"', '“', '”', '"unterminated',
  'duty ', '职责', 'inspector a, b', '检查主体 甲、乙', 'refines forest', '承接', 'parent city', '上级方案 县2025', 'import "', '引用 “../x.baton”',
  '// baton-ignore escalation -- ok\n', '// baton-ignore\n', '/* ', '*/', '\n', '\r\n', '\t', '　', ';', '；', ':', '：', ',', '、', '2025-13-45',
  '-', '--', '9999999999999999999999', '0.0.0', 'negotiated "r" by', 'until', 'veto', 'ranking', 'pledge', 'horizon long', '频次 每周',
  '\u0000', '\uFFFF', '\uD800', '😀', 'ﬁ', '\\', '\\"', '职责生态环境', 'planx', 'plan-', '_', '≥≥≥', '＝＞＜', '%%%%',
];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('lsp: robustness', function () {
  this.timeout(120000);

  it('survives hundreds of random edits and malformed requests, and still answers', async () => {
    const folder = makeWorkspace({ 'parent.baton': PARENT, 'county.baton': START });
    const client = await LspClient.start({ folders: [folder] });
    const next = random(20251128);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    try {
      await client.scanned();
      const uri = uriOf(folder, 'county.baton');
      const parentUri = uriOf(folder, 'parent.baton');
      await client.open(uri, START);
      await client.open(parentUri, PARENT);
      let text = START;
      let parent = PARENT;
      const positionOf = (offset: number, of: string): { line: number; character: number } => {
        const before = of.slice(0, offset);
        return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
      };
      const requests: Promise<unknown>[] = [];
      for (let i = 0; i < 300; i++) {
        const editParent = next() < 0.15;
        let current = editParent ? parent : text;
        const a = Math.floor(next() * (current.length + 1));
        const b = Math.min(current.length, a + Math.floor(next() * 12));
        const roll = next();
        if (roll < 0.1) current = current.slice(0, a); // Truncate.
        else if (roll < 0.55) current = current.slice(0, a) + pick(SNIPPETS) + current.slice(a); // Insert a snippet.
        else if (roll < 0.8) current = current.slice(0, a) + current.slice(b); // Delete.
        else if (roll < 0.9) current = current.slice(0, a) + String.fromCharCode(Math.floor(next() * 0x3000)) + current.slice(a); // Garbage.
        else current = next() < 0.5 ? START : PARENT; // Back to something whole.
        if (editParent) {
          parent = current;
          await client.replace(parentUri, parent);
        } else {
          text = current;
          await client.replace(uri, text);
        }
        // Requests in between, at random places, some of them beyond the end of the text.
        const position = positionOf(Math.floor(next() * (text.length + 5)), text + '\n\n\n\n\n');
        const method = pick(['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/codeAction', 'textDocument/semanticTokens/full', 'textDocument/formatting', 'textDocument/inlayHint', 'textDocument/codeLens', 'textDocument/foldingRange', 'textDocument/documentSymbol', 'textDocument/selectionRange', 'textDocument/references', 'textDocument/prepareRename', 'textDocument/documentLink']);
        const range = { start: position, end: position };
        requests.push(client.connection.sendRequest(method, {
          textDocument: { uri }, position, positions: [position], range, options: { tabSize: 2, insertSpaces: true },
          context: { diagnostics: [], includeDeclaration: true },
        }).catch(() => undefined));
      }
      await Promise.all(requests);
      assert.ok(client.alive, `the server died; stderr: ${client.stderr}`);
      // Guards are the last line of defence: on broken text no feature should need them.
      assert.deepEqual(client.logs.filter((line) => / failed: /.test(line)), []);

      // Malformed requests: bad URIs, positions of the wrong type, documents never opened.
      const malformed = [
        ['textDocument/hover', { textDocument: { uri: 'file://%%%' }, position: { line: 0, character: 0 } }],
        ['textDocument/hover', { textDocument: { uri }, position: { line: -3, character: 'x' } }],
        ['textDocument/completion', { textDocument: { uri: 'unknown:thing' }, position: { line: 1e9, character: 1e9 } }],
        ['textDocument/rename', { textDocument: { uri }, position: { line: 0, character: 0 }, newName: '' }],
        ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
        ['textDocument/semanticTokens/range', { textDocument: { uri } }],
        ['workspace/symbol', { query: null }],
      ] as const;
      for (const [method, params] of malformed) await client.connection.sendRequest(method, params).catch(() => undefined);
      assert.ok(client.alive, `the server died on a malformed request; stderr: ${client.stderr}`);

      // Back to a known text: diagnostics for it, and a hover.
      await client.replace(uri, START);
      const version = client.versionOf(uri)!;
      const published = await client.diagnosticsOf(uri, (p: PublishDiagnosticsParams) => p.version === version, 20000);
      assert.ok(published.diagnostics.length > 0);
      await client.replace(parentUri, PARENT);
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(START.indexOf('forest') + 2, START) });
      assert.match((hover?.contents as { value: string } | undefined)?.value ?? '', /forest/);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
      removeWorkspace(folder);
    }
  });
});
