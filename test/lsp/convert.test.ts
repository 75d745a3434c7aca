/** Conversions between the core (paths, UTF-16 offsets, bilingual messages) and LSP (URIs, positions, strings). */
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../server/src/linter/diagnostic';
import { msg } from '../../server/src/syntax/message';
import { LineIndex } from '../../server/src/syntax/text';
import {
  type ConvertContext, encodeSemanticTokens, keyToUri, toLspDiagnostic, toOffset, toPosition, toRange, toTextRange, toWorkspaceEdit, uriToKey,
} from '../../server/src/lsp/convert';

describe('lsp convert', () => {
  it('round-trips file names with Chinese characters, spaces and URI-special characters', () => {
    for (const key of ['/w/县/县方案.baton', '/w/my plans/a b.baton', '/w/100%/#1?.baton', '/w/（草案）“乡镇”.baton']) {
      const uri = keyToUri(key);
      assert.ok(uri.startsWith('file:///'), uri);
      assert.equal(uriToKey(uri), key);
    }
    // VS Code's spelling of the same file (percent-encoded UTF-8) gives the same key.
    assert.equal(uriToKey('file:///w/%E5%8E%BF/%E5%8E%BF%E6%96%B9%E6%A1%88.baton'), '/w/县/县方案.baton');
  });

  it('keeps non-file URIs as their own keys', () => {
    assert.equal(uriToKey('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(keyToUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });

  it('converts offsets and positions in UTF-16 code units, across CRLF and astral characters', () => {
    const text = '方案 a {\r\n  备注 "😀x"\r\n}';
    const lines = new LineIndex(text);
    const x = text.indexOf('x');
    assert.deepEqual(toPosition(lines, x), { line: 1, character: 8 }); // 😀 is two code units
    assert.equal(toOffset(lines, { line: 1, character: 8 }), x);
    // A column past the end of a line stays on that line.
    assert.equal(toOffset(lines, { line: 0, character: 99 }), text.indexOf('\r'));
    assert.deepEqual(toTextRange(lines, toRange(lines, { start: 3, end: x })), { start: 3, end: x });
    // A reversed range is put in order.
    assert.deepEqual(toTextRange(lines, { start: { line: 1, character: 2 }, end: { line: 0, character: 0 } }), { start: 0, end: text.indexOf('备') });
  });

  it('converts a finding with its rule link, related locations in other files, and the unnecessary tag', () => {
    const own = new LineIndex('a\nb\n');
    const other = new LineIndex('x\ny\nz\n');
    const ctx: ConvertContext = {
      locale: 'zh-CN',
      linesOf: (key) => (key === '/w/b.baton' ? other : undefined),
      uriOf: (key) => `file://${key}`,
    };
    const diagnostic: Diagnostic = {
      uri: '/w/a.baton', ruleId: 'unused-suppression', severity: 'warning', message: msg('Unused', '多余'),
      range: { start: 2, end: 3 }, suggestions: [], unnecessary: true,
      related: [
        { uri: '/w/b.baton', range: { start: 4, end: 5 }, message: msg('There', '那里') },
        { uri: '/w/gone.baton', range: { start: 0, end: 1 }, message: msg('Lost', '丢失') },
      ],
    };
    const lsp = toLspDiagnostic(ctx, own, diagnostic);
    assert.deepEqual(lsp, {
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } },
      severity: 2,
      code: 'unused-suppression',
      codeDescription: { href: 'https://github.com/baton-lang/baton/blob/main/docs/rules/unused-suppression.md' },
      source: 'baton',
      message: '多余',
      relatedInformation: [{ location: { uri: 'file:///w/b.baton', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } } }, message: '那里' }],
      tags: [1],
    });
  });

  it('groups edits by file URI', () => {
    const lines = new LineIndex('abc\ndef');
    const ctx: ConvertContext = { locale: 'en', linesOf: () => lines, uriOf: (key) => `file://${key}` };
    const edit = toWorkspaceEdit(ctx, [
      { uri: '/a.baton', range: { start: 4, end: 5 }, newText: 'X' },
      { uri: '/b.baton', range: { start: 0, end: 0 }, newText: 'Y' },
      { uri: '/a.baton', range: { start: 0, end: 1 }, newText: 'Z' },
    ]);
    assert.deepEqual(Object.keys(edit.changes!), ['file:///a.baton', 'file:///b.baton']);
    assert.equal(edit.changes!['file:///a.baton'].length, 2);
  });

  it('encodes semantic tokens relative to the previous one', () => {
    const lines = new LineIndex('plan a {\n  level city\n}');
    const data = encodeSemanticTokens(lines, [
      { range: { start: 0, end: 4 }, type: 'keyword', modifiers: [] },
      { range: { start: 5, end: 6 }, type: 'class', modifiers: ['declaration'] },
      { range: { start: 11, end: 16 }, type: 'keyword', modifiers: [] },
      { range: { start: 17, end: 21 }, type: 'enumMember', modifiers: ['readonly', 'defaultLibrary'] },
    ], ['keyword', 'class', 'enumMember'], ['declaration', 'readonly', 'defaultLibrary']);
    assert.deepEqual(data, [0, 0, 4, 0, 0, 0, 5, 1, 1, 1, 1, 2, 5, 0, 0, 0, 6, 4, 2, 6]);
  });
});
