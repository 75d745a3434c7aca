/**
 * The language server over stdio, as an editor drives it: the first scan of a workspace,
 * diagnostics of files that are not open, re-checking dependents of an edit, files changed
 * on disk, the configuration file, locales, several folders, and a clean exit.
 */
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeWorkspaceFoldersNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspClient, makeWorkspace, messageOf, removeWorkspace, uriOf } from './harness';

/** A three-level ladder: province → city → county (in a folder with a Chinese name, in Chinese keywords). */
const LADDER: Record<string, string> = {
  'province.baton': `plan province_2025 "某省2025年度市级综合考核方案" {
  level province
  assesses city
  period 2025
  indicator forest "森林覆盖率" {
    target >= 30 %
    weight 100
  }
}
`,
  'city.baton': `import "province.baton"

plan city_2025 "某市2025年度县级综合考核方案" {
  level city
  assesses county
  period 2025
  parent province_2025
  indicator forest "森林覆盖率" {
    target >= 30 %
    weight 100
  }
}
`,
  '县/县方案.baton': `引用 "../city.baton"

方案 县2025 "某县2025年度乡镇综合考核方案" {
  层级 县
  考核对象 乡镇
  考核年度 2025
  上级方案 city_2025
  指标 绿化 "森林覆盖率" {
    承接 forest
    目标 ≥ 30%
    权重 100
  }
}
`,
};
const COUNTY = '县/县方案.baton';

const codesOf = (params: PublishDiagnosticsParams): string[] => params.diagnostics.map((d) => String(d.code));
const has = (code: string) => (params: PublishDiagnosticsParams): boolean => codesOf(params).includes(code);
const lacks = (code: string) => (params: PublishDiagnosticsParams): boolean => !codesOf(params).includes(code);
/** No error or warning (plan-level infos may remain). */
const clean = (params: PublishDiagnosticsParams): boolean => params.diagnostics.every((d) => (d.severity ?? 1) > DiagnosticSeverity.Warning);

describe('lsp: diagnostics over a workspace', function () {
  this.timeout(30000);
  let folder: string;
  let client: LspClient | undefined;

  beforeEach(() => {
    folder = makeWorkspace(LADDER);
  });
  afterEach(() => {
    client?.kill();
    client = undefined;
    removeWorkspace(folder);
  });

  it('checks every file on the first scan, with $/progress from begin to end, and exits cleanly after shutdown', async () => {
    client = await LspClient.start({ folders: [folder] });
    await client.scanned();
    const kinds = client.progress.map((p) => (p.value as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.equal(client.progressTokens.length, 1);
    for (const path of Object.keys(LADDER)) {
      const published = await client.diagnosticsOf(uriOf(folder, path));
      assert.ok(clean(published), `${path}: ${JSON.stringify(published.diagnostics)}`);
    }
    // The Chinese path went to the core as a plain path and came back as the same URI.
    assert.ok(client.diagnostics.has(pathToFileURL(join(folder, COUNTY)).href));
    assert.equal(await client.stop(), 0);
  });

  it('registers file watchers for .baton files and the configuration file', async () => {
    client = await LspClient.start({ folders: [folder] });
    await client.scanned();
    const watchers = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions as { watchers: { globPattern: string; kind?: number }[] };
    // Every change of plans and configuration files; creation and deletion of anything (folders moved in or out).
    assert.deepEqual(watchers.watchers.map((w) => [w.globPattern, w.kind]), [['**/*.baton', undefined], ['**/baton.config.json', undefined], ['**/*', 1 | 4]]);
  });

  it('publishes rule id, documentation link, source and related locations', async () => {
    writeFileSync(join(folder, 'city.baton'), LADDER['city.baton'].replace('target >= 30 %', 'target >= 35 %'));
    client = await LspClient.start({ folders: [folder] });
    const published = await client.diagnosticsOf(uriOf(folder, 'city.baton'), has('escalation'));
    const escalation = published.diagnostics.find((d) => d.code === 'escalation')!;
    assert.equal(escalation.source, 'baton');
    assert.equal(escalation.severity, DiagnosticSeverity.Warning);
    assert.match(escalation.codeDescription!.href, /\/docs\/rules\/escalation\.md$/);
    assert.match(messageOf(escalation), /stricter than/);
    // On the value `35`, line 9 (0-based 8).
    assert.equal(escalation.range.start.line, 8);
    const related = escalation.relatedInformation ?? [];
    assert.ok(related.length > 0, 'the ancestor target is a related location');
    assert.ok(related.some((r) => r.location.uri === uriOf(folder, 'province.baton') && r.location.range.start.line === 5), JSON.stringify(related));
  });

  it("re-checks a child that is not open when its parent plan is edited", async () => {
    client = await LspClient.start({ folders: [folder] });
    const county = uriOf(folder, COUNTY);
    const city = uriOf(folder, 'city.baton');
    await client.diagnosticsOf(county, clean);
    await client.open(city, LADDER['city.baton']);
    // Rename the indicator the county refines: the county's `承接 forest` no longer resolves.
    await client.replace(city, LADDER['city.baton'].replace('indicator forest', 'indicator woods'));
    const broken = await client.diagnosticsOf(county, has('unresolved-reference'));
    const finding = broken.diagnostics.find((d) => d.code === 'unresolved-reference')!;
    assert.match(messageOf(finding), /has no indicator `forest`/);
    assert.equal(finding.relatedInformation?.[0]?.location.uri, city);
    // Lower the city's target below the county's: now the county escalates.
    await client.replace(city, LADDER['city.baton'].replace('target >= 30 %', 'target >= 25 %'));
    await client.diagnosticsOf(county, (p) => has('escalation')(p) && lacks('unresolved-reference')(p));
    await client.replace(city, LADDER['city.baton']);
    await client.diagnosticsOf(county, clean);
    // The open city's diagnostics carry the document version they were computed for.
    const own = await client.diagnosticsOf(city, (p) => p.version === 4);
    assert.ok(clean(own));
  });

  it('asks the client to refresh inlay hints, code lenses and semantic tokens of other open documents', async () => {
    client = await LspClient.start({ folders: [folder] });
    const county = uriOf(folder, COUNTY);
    const city = uriOf(folder, 'city.baton');
    await client.scanned();
    await client.open(county, LADDER[COUNTY]);
    await client.open(city, LADDER['city.baton']);
    await client.diagnosticsOf(city, (p) => p.version === 1);
    // Let the refreshes of the opening settle.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const before = client.refreshes.length;
    // The county shows the city's target as an inlay hint: it must be fetched again.
    await client.replace(city, LADDER['city.baton'].replace('target >= 30 %', 'target >= 25 %'));
    await client.until('refresh requests', () => client!.refreshes.length >= before + 3);
    assert.deepEqual(new Set(client.refreshes.slice(before)), new Set(['workspace/inlayHint/refresh', 'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']));
  });

  it('debounces typing: a burst of edits is checked once, for the last text', async () => {
    client = await LspClient.start({ folders: [folder] });
    const city = uriOf(folder, 'city.baton');
    await client.scanned();
    await client.open(city, LADDER['city.baton']);
    await client.diagnosticsOf(city, (p) => p.version === 1);
    const before = client.publishCount(city);
    const text = LADDER['city.baton'];
    for (let i = 1; i <= 10; i++) await client.replace(city, text.replace('weight 100', `weight ${100 + i}`));
    const last = await client.diagnosticsOf(city, (p) => p.version === 11);
    assert.ok(has('weights-total')(last));
    assert.ok(client.publishCount(city) - before <= 2, `published ${client.publishCount(city) - before} times for 10 quick edits`);
  });

  it('follows files changed, created and deleted outside the editor', async () => {
    client = await LspClient.start({ folders: [folder] });
    const county = uriOf(folder, COUNTY);
    await client.diagnosticsOf(county, clean);
    unlinkSync(join(folder, 'city.baton'));
    await client.filesChanged([{ uri: uriOf(folder, 'city.baton'), type: FileChangeType.Deleted }]);
    await client.diagnosticsOf(county, has('unresolved-reference'));
    // The deleted file's own diagnostics are cleared.
    await client.diagnosticsOf(uriOf(folder, 'city.baton'), (p) => p.diagnostics.length === 0);
    writeFileSync(join(folder, 'city.baton'), LADDER['city.baton'].replace('target >= 30 %', 'target >= 25 %'));
    await client.filesChanged([{ uri: uriOf(folder, 'city.baton'), type: FileChangeType.Created }]);
    await client.diagnosticsOf(county, (p) => has('escalation')(p) && lacks('unresolved-reference')(p));
    writeFileSync(join(folder, 'city.baton'), LADDER['city.baton']);
    await client.filesChanged([{ uri: uriOf(folder, 'city.baton'), type: FileChangeType.Changed }]);
    await client.diagnosticsOf(county, clean);
    // A new file in the folder is checked too.
    writeFileSync(join(folder, 'new.baton'), 'plan broken {\n  level nowhere\n}\n');
    await client.filesChanged([{ uri: uriOf(folder, 'new.baton'), type: FileChangeType.Created }]);
    await client.diagnosticsOf(uriOf(folder, 'new.baton'), has('unknown-value'));
  });

  it('follows a folder moved within the workspace (one event for the folder, none for its files)', async () => {
    client = await LspClient.start({ folders: [folder] });
    const before = uriOf(folder, COUNTY);
    await client.diagnosticsOf(before, clean);
    mkdirSync(join(folder, 'moved'));
    renameSync(join(folder, '县'), join(folder, 'moved', '县'));
    // The county now imports ../city.baton from moved/: it resolves to moved/city.baton, which does not exist.
    await client.filesChanged([
      { uri: pathToFileURL(join(folder, '县')).href, type: FileChangeType.Deleted },
      { uri: pathToFileURL(join(folder, 'moved')).href, type: FileChangeType.Created },
    ]);
    await client.diagnosticsOf(before, (p) => p.diagnostics.length === 0);
    const after = await client.diagnosticsOf(uriOf(folder, 'moved/县/县方案.baton'), has('unresolved-reference'));
    assert.equal(after.diagnostics.find((d) => d.code === 'unresolved-reference')?.severity, DiagnosticSeverity.Error);
  });

  it('reports a bad baton.config.json on the file itself, applies the good parts, and reloads it on change', async () => {
    writeFileSync(join(folder, 'baton.config.json'), '{\n  "rules": { "escalation": "error", "no-such-rule": "off" },\n  "maxVetos": 2\n}\n');
    writeFileSync(join(folder, 'city.baton'), LADDER['city.baton'].replace('target >= 30 %', 'target >= 35 %'));
    client = await LspClient.start({ folders: [folder] });
    const configUri = uriOf(folder, 'baton.config.json');
    const config = await client.diagnosticsOf(configUri, (p) => p.diagnostics.length === 2);
    assert.deepEqual(codesOf(config), ['invalid-config', 'invalid-config']);
    assert.deepEqual(config.diagnostics.map((d) => d.range.start.line), [1, 2]);
    assert.match(messageOf(config.diagnostics[0]), /no-such-rule/);
    // The valid part applies: escalation is an error here.
    const city = await client.diagnosticsOf(uriOf(folder, 'city.baton'), has('escalation'));
    assert.equal(city.diagnostics.find((d) => d.code === 'escalation')!.severity, DiagnosticSeverity.Error);

    writeFileSync(join(folder, 'baton.config.json'), '{ "rules": { "escalation": "off" } }\n');
    await client.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
    await client.diagnosticsOf(configUri, (p) => p.diagnostics.length === 0);
    await client.diagnosticsOf(uriOf(folder, 'city.baton'), lacks('escalation'));

    unlinkSync(join(folder, 'baton.config.json'));
    await client.filesChanged([{ uri: configUri, type: FileChangeType.Deleted }]);
    await client.diagnosticsOf(uriOf(folder, 'city.baton'), (p) => p.diagnostics.find((d) => d.code === 'escalation')?.severity === DiagnosticSeverity.Warning);
  });

  it("speaks the client's display language, and the baton.locale setting overrides it", async () => {
    writeFileSync(join(folder, 'city.baton'), LADDER['city.baton'].replace('target >= 30 %', 'target >= 35 %'));
    client = await LspClient.start({ folders: [folder], locale: 'zh-cn' });
    const city = uriOf(folder, 'city.baton');
    const zh = await client.diagnosticsOf(city, has('escalation'));
    assert.match(messageOf(zh.diagnostics.find((d) => d.code === 'escalation')!), /严于上级方案/);
    // The user sets baton.locale to English; the server pulls the setting and republishes.
    client.settings = { locale: 'en' };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.diagnosticsOf(city, (p) => /stricter than/.test(messageOf(p.diagnostics.find((d) => d.code === 'escalation') ?? { message: '' })));
  });

  it('takes baton.locale from initializationOptions over the display language', async () => {
    // A client with no `baton.locale` setting of its own (its configuration answer lacks the key).
    client = await LspClient.start({ folders: [folder], locale: 'en-US', initializationOptions: { locale: 'zh-CN' }, settings: {} });
    const uri = uriOf(folder, 'broken.baton');
    await client.open(uri, 'plan x {\n  level nowhere\n}\n');
    const published = await client.diagnosticsOf(uri, has('unknown-value'));
    assert.match(messageOf(published.diagnostics.find((d) => d.code === 'unknown-value')!), /[\u4e00-\u9fff]/);
  });

  it('serves several workspace folders and follows folders added and removed', async () => {
    const other = makeWorkspace({ 'other.baton': 'plan other {\n  level nowhere\n}\n' }, 'baton-lsp-other-');
    try {
      client = await LspClient.start({ folders: [folder, other] });
      await client.diagnosticsOf(uriOf(other, 'other.baton'), has('unknown-value'));
      await client.diagnosticsOf(uriOf(folder, 'city.baton'), clean);
      await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
        event: { added: [], removed: [{ uri: pathToFileURL(other).href, name: 'other' }] },
      });
      await client.diagnosticsOf(uriOf(other, 'other.baton'), (p) => p.diagnostics.length === 0);
      await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
        event: { added: [{ uri: pathToFileURL(other).href, name: 'other' }], removed: [] },
      });
      await client.diagnosticsOf(uriOf(other, 'other.baton'), has('unknown-value'));
    } finally {
      removeWorkspace(other);
    }
  });

  it('checks a file opened outside any folder, reading what it imports from disk', async () => {
    client = await LspClient.start({ folders: [] });
    const county = uriOf(folder, COUNTY);
    await client.open(county, LADDER[COUNTY].replace('承接 forest', '承接 woods'));
    const published = await client.diagnosticsOf(county, has('unresolved-reference'));
    // Resolved through city.baton and province.baton read from disk: the parent is found, its indicator is not.
    assert.match(messageOf(published.diagnostics.find((d) => d.code === 'unresolved-reference')!), /has no indicator `woods`/);
    await client.close(county);
    await client.diagnosticsOf(county, (p) => p.diagnostics.length === 0);
  });

  it('falls back to the file on disk when an edited document is closed unsaved', async () => {
    client = await LspClient.start({ folders: [folder] });
    const city = uriOf(folder, 'city.baton');
    await client.open(city, LADDER['city.baton']);
    await client.replace(city, LADDER['city.baton'].replace('level city', 'level nowhere'));
    await client.diagnosticsOf(city, has('unknown-value'));
    await client.close(city);
    await client.diagnosticsOf(city, (p) => clean(p) && p.version === undefined);
  });

  it('checks untitled documents', async () => {
    client = await LspClient.start({ folders: [folder] });
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'plan x {\n  level\n');
    const published = await client.diagnosticsOf(uri, has('syntax'));
    assert.ok(published.diagnostics.every((d) => d.source === 'baton'));
  });
});
