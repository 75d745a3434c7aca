/**
 * Every editor feature over the protocol, on a small workspace: the bundled server answers
 * with LSP positions that point at the right text, and code actions' edits, once applied,
 * make their findings go away.
 */
import assert from 'node:assert/strict';
import {
  type CodeAction, type CodeLens, type CompletionList, type DocumentLink, type DocumentSymbol, type FoldingRange, type Hover,
  type InlayHint, type Location, type PublishDiagnosticsParams, type Range, type SelectionRange, type SemanticTokens,
  type SymbolInformation, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { applyTextEdits, LspClient, makeWorkspace, removeWorkspace, uriOf } from './harness';

const FILES: Record<string, string> = {
  'duties.baton': `duties township "乡镇职责清单" {
  duty safety "落实安全生产责任" basic
  duty ecology "生态环境保护" basic
  duty land "违法用地查处" returned { lead "县自然资源局" }
}
`,
  'city.baton': `import "duties.baton"

plan city_2025 "某市考核方案" {
  level city
  assesses county
  period 2025
  indicator forest "森林覆盖率" {
    target >= 30 %
    weight 100
    frequency yearly
    method field
  }
}
`,
  'county.baton': `import "duties.baton"
import "city.baton"

plan county_2025 "某县考核方案" {
  region "某县"
  level county
  assesses township
  period 2025
  parent city_2025
  duties township
  inspector ecology_bureau "县生态环境局" line
  indicator forest "森林覆盖率" {
    duty ecolgy
    target >= 35 %
    weight 100
    frequency yearly
    inspector ecology_bureau
    method field
  }
}
`,
};
const COUNTY = FILES['county.baton'];

/** The position of the `occurrence`-th `needle` in `text` (plus `delta` characters). */
function at(text: string, needle: string, delta = 0, occurrence = 1): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not found`);
  const before = text.slice(0, index + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));

describe('lsp: editor features', function () {
  this.timeout(30000);
  let folder: string;
  let client: LspClient;
  let county: string;
  let city: string;
  const doc = (): { uri: string } => ({ uri: county });

  before(async () => {
    folder = makeWorkspace(FILES);
    client = await LspClient.start({ folders: [folder], initializationOptions: { clientCommands: ['baton.placeCursor'] } });
    county = uriOf(folder, 'county.baton');
    city = uriOf(folder, 'city.baton');
    await client.scanned();
    await client.open(county, COUNTY);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    removeWorkspace(folder);
  });

  it('declares every feature in its capabilities', () => {
    const caps = client.initializeResult!.capabilities;
    for (const key of [
      'hoverProvider', 'completionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider',
      'workspaceSymbolProvider', 'codeActionProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'foldingRangeProvider',
      'codeLensProvider', 'inlayHintProvider', 'documentLinkProvider', 'selectionRangeProvider', 'semanticTokensProvider',
    ] as const) assert.ok(caps[key], key);
  });

  it('hovers an indicator with its chain of targets', async () => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: doc(), position: at(COUNTY, 'forest', 2) });
    assert.ok(hover !== null);
    const value = (hover.contents as { kind: string; value: string });
    assert.equal(value.kind, 'markdown');
    assert.match(value.value, /`city_2025`.*>= 30 %/);
    assert.match(value.value, /`county_2025`.*>= 35 %.*stricter/);
    assert.equal(textAt(COUNTY, hover.range!), 'forest');
  });

  it('hovers a keyword with help and answers null where there is nothing', async () => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: doc(), position: at(COUNTY, 'frequency', 1) });
    assert.match((hover?.contents as { value: string }).value, /频次|frequency/);
    const nothing = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: doc(), position: { line: 2, character: 0 } });
    assert.equal(nothing, null);
  });

  it("completes the duties of the plan's list after `duty`", async () => {
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: doc(), position: at(COUNTY, 'duty ecolgy', 11) });
    const labels = list.items.map((i) => i.label);
    assert.deepEqual(labels.slice(0, 2), ['safety', 'ecology']);
    const ecology = list.items.find((i) => i.label === 'ecology')!;
    assert.equal(ecology.detail, '生态环境保护');
    assert.equal(textAt(COUNTY, (ecology.textEdit as TextEdit).range), 'ecolgy');
  });

  it('goes to the definition of a parent plan in another file', async () => {
    const result = await client.connection.sendRequest<Location[]>('textDocument/definition', { textDocument: doc(), position: at(COUNTY, 'city_2025', 3) });
    assert.equal(result.length, 1);
    assert.equal(result[0].uri, city);
    assert.equal(textAt(FILES['city.baton'], result[0].range), 'city_2025');
  });

  it('finds references and renames across files', async () => {
    const refs = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: doc(), position: at(COUNTY, 'ecology_bureau', 1), context: { includeDeclaration: true },
    });
    assert.deepEqual(refs.map((r) => [r.uri, r.range.start.line]), [[county, 10], [county, 16]]);

    const prepared = await client.connection.sendRequest<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: doc(), position: at(COUNTY, 'city_2025') });
    assert.equal(prepared.placeholder, 'city_2025');
    const edit = await client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: doc(), position: at(COUNTY, 'city_2025'), newName: 'city_plan' });
    assert.deepEqual(Object.keys(edit.changes!).sort(), [city, county].sort());
    assert.match(applyTextEdits(FILES['city.baton'], edit.changes![city]), /plan city_plan "/);
    assert.match(applyTextEdits(COUNTY, edit.changes![county]), /parent city_plan\n/);
  });

  it('refuses to rename to a keyword, with a message', async () => {
    await assert.rejects(
      client.connection.sendRequest('textDocument/rename', { textDocument: doc(), position: at(COUNTY, 'city_2025'), newName: 'plan' }),
      (error: Error) => error.message.length > 0,
    );
  });

  it('outlines the document and finds workspace symbols', async () => {
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: doc() });
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [['county_2025', ['ecology_bureau', 'forest']]]);
    const found = await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'forest' });
    assert.deepEqual(found.map((s) => s.location.uri).sort(), [city, county].sort());
  });

  it('encodes semantic tokens that land on the right words', async () => {
    const legend = client.initializeResult!.capabilities.semanticTokensProvider!.legend;
    const { data } = await client.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: doc() });
    assert.equal(data.length % 5, 0);
    const lines = COUNTY.split('\n');
    const decoded: { text: string; type: string; modifiers: string[] }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      decoded.push({
        text: lines[line].slice(character, character + data[i + 2]),
        type: legend.tokenTypes[data[i + 3]],
        modifiers: legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0),
      });
    }
    assert.deepEqual(decoded.find((t) => t.text === 'county_2025'), { text: 'county_2025', type: 'class', modifiers: ['declaration'] });
    assert.deepEqual(decoded.find((t) => t.text === 'city_2025'), { text: 'city_2025', type: 'class', modifiers: [] });
    assert.equal(decoded.find((t) => t.text === 'township')?.type, 'enumMember');
    assert.equal(decoded.find((t) => t.text === '"某县"')?.type, 'string');
    const ranged = await client.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: doc(), range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } },
    });
    assert.ok(ranged.data.length > 0 && ranged.data.length < data.length);
  });

  it('formats the document, and formatting twice changes nothing more', async () => {
    const edits = await client.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: doc(), options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.length > 0);
    const formatted = applyTextEdits(COUNTY, edits);
    assert.match(formatted, /\n {2}level {5}county\n {2}assesses {2}township\n/);
    const other = uriOf(folder, 'formatted.baton');
    await client.open(other, formatted);
    const again = await client.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri: other }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(again, []);
    const ranged = await client.connection.sendRequest<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: doc(), range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, options: { tabSize: 2, insertSpaces: true },
    });
    assert.ok(ranged.length > 0 && ranged.every((e) => e.range.start.line === 5));
    await client.close(other);
  });

  it('folds blocks and imports', async () => {
    const ranges = await client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: doc() });
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine, r.kind]), [[0, 1, 'imports'], [3, 18, undefined], [11, 17, undefined]]);
  });

  it("shows the plan's burden in a code lens and the parent's target as an inlay hint", async () => {
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: doc() });
    assert.equal(lenses.length, 1);
    assert.equal(textAt(COUNTY, lenses[0].range), 'county_2025');
    assert.match(lenses[0].command!.title, /1 indicator · weight 100\/100/);
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: doc(), range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    });
    assert.deepEqual(hints.map((h) => [h.position, h.label]), [[at(COUNTY, '%', 1), 'parent: >= 30 %']]);
  });

  it('links import paths to their files', async () => {
    const links = await client.connection.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: doc() });
    assert.deepEqual(links.map((l) => [textAt(COUNTY, l.range), l.target]), [['duties.baton', uriOf(folder, 'duties.baton')], ['city.baton', city]]);
  });

  it('expands the selection from a number out to the whole file', async () => {
    const [selection] = await client.connection.sendRequest<SelectionRange[]>('textDocument/selectionRange', { textDocument: doc(), positions: [at(COUNTY, '35', 1)] });
    const chain: string[] = [];
    for (let s: SelectionRange | undefined = selection; s !== undefined; s = s.parent) chain.push(textAt(COUNTY, s.range));
    assert.equal(chain[0], '35');
    assert.equal(chain[1], '>= 35 %');
    assert.equal(chain[chain.length - 1], COUNTY);
  });

  describe('code actions', () => {

    async function actionsAt(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
      const diagnostics = client.diagnostics.get(uri)?.diagnostics ?? [];
      return client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
    }

    it('offers the closest listed duty; applying it removes the finding', async () => {
      const uri = uriOf(folder, 'quickfix.baton');
      const text = COUNTY.replace('county_2025', 'county_quickfix');
      await client.open(uri, text);
      await client.diagnosticsOf(uri, (p) => codes(p).includes('duty-not-in-list'));
      const position = at(text, 'ecolgy', 1);
      const actions = await actionsAt(uri, { start: position, end: position });
      const change = actions.find((a) => a.title === 'Change to `ecology`');
      assert.ok(change !== undefined, actions.map((a) => a.title).join('\n'));
      assert.equal(change.kind, 'quickfix');
      assert.equal(change.diagnostics?.[0]?.code, 'duty-not-in-list');
      const fixed = applyTextEdits(text, change.edit!.changes![uri]);
      assert.match(fixed, /duty ecology\n/);
      await client.replace(uri, fixed);
      await client.diagnosticsOf(uri, (p) => p.version === 2 && !codes(p).includes('duty-not-in-list'));
      await client.close(uri);
    });

    it('fixes all safe fixes of the document at once', async () => {
      const uri = uriOf(folder, 'fixall.baton');
      const text = COUNTY.replace('county_2025', 'county_fixall');
      await client.open(uri, text);
      await client.diagnosticsOf(uri, (p) => codes(p).includes('escalation'));
      const [fixAll] = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
      assert.equal(fixAll.kind, 'source.fixAll.baton');
      const fixed = applyTextEdits(text, fixAll.edit!.changes![uri]);
      assert.match(fixed, /target >= 30 %/);
      await client.replace(uri, fixed);
      await client.diagnosticsOf(uri, (p) => p.version === 2 && !codes(p).includes('escalation'));
      await client.close(uri);
    });

    it('suppresses with a reason, leaving the cursor after `-- `', async () => {
      const uri = uriOf(folder, 'suppress.baton');
      const text = COUNTY.replace('county_2025', 'county_suppress');
      await client.open(uri, text);
      await client.diagnosticsOf(uri, (p) => codes(p).includes('escalation'));
      const position = at(text, '35', 0);
      const actions = await actionsAt(uri, { start: position, end: position });
      const suppress = actions.find((a) => /Suppress `escalation`/.test(a.title));
      assert.ok(suppress !== undefined, actions.map((a) => a.title).join('\n'));
      const after = applyTextEdits(text, suppress.edit!.changes![uri]);
      assert.equal(suppress.command?.command, 'baton.placeCursor');
      const [cursorUri, cursor] = suppress.command!.arguments as [string, { line: number; character: number }];
      assert.equal(cursorUri, uri);
      const line = after.split('\n')[cursor.line];
      assert.equal(line.slice(0, cursor.character), '    // baton-ignore escalation -- ');
      // Once the reason is typed, the escalation is hidden.
      const lines = after.split('\n');
      lines[cursor.line] += 'agreed with the city';
      await client.replace(uri, lines.join('\n'));
      await client.diagnosticsOf(uri, (p) => p.version === 2 && !codes(p).includes('escalation') && !codes(p).includes('suppression-without-reason'));
      await client.close(uri);
    });

    it('leaves out commands the client did not declare (rule documentation)', async () => {
      const position = at(COUNTY, '35', 0);
      const actions = await actionsAt(county, { start: position, end: position });
      assert.ok(actions.length > 0);
      assert.ok(actions.every((a) => a.command === undefined || a.command.command === 'baton.placeCursor'), JSON.stringify(actions.map((a) => a.command)));
    });
  });
});

describe('lsp: editor features in Chinese', function () {
  this.timeout(30000);

  it('answers hovers and code lenses in Chinese for a zh-CN client', async () => {
    const folder = makeWorkspace(FILES);
    const client = await LspClient.start({ folders: [folder], locale: 'zh-CN' });
    try {
      const county = uriOf(folder, 'county.baton');
      await client.scanned();
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: county }, position: at(COUNTY, 'forest', 2) });
      assert.match((hover?.contents as { value: string }).value, /指标/);
      const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: county } });
      assert.match(lenses[0].command!.title, /1 项指标/);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
      removeWorkspace(folder);
    }
  });
});
