/**
 * The extension in a real VS Code: these tests run inside the extension host (see index.ts) with
 * the extension loaded from the clone and a copy of samples/submitted/ as the workspace folder.
 * They go through the VS Code API only — diagnostics as the Problems panel sees them, and the
 * `vscode.execute…Provider` commands that the editor's own hover, light bulb and suggest widget use —
 * so they check the client, the protocol and the server together.
 *
 * The expected language follows the client: `baton.locale` if set, else VS Code's display language
 * (`vscode.env.language`, e.g. `zh-cn` when the UI is Chinese).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'baton.baton';
/** The county plan with an escalated forest-cover target (≥ 35% against the city's ≥ 32%). */
const BAILU = 'linchuan/bailu/county.baton';
/** 0-based line of `目标 ≥ 35%` in BAILU. */
const TARGET_LINE = 31;

type Locale = 'en' | 'zh-CN';

function folder(): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders !== undefined && folders.length > 0, 'the tests need the copy of samples/submitted open as a folder');
  return folders[0].uri;
}

function sample(path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), path);
}

function expectedLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('baton').get<string>('locale', 'auto');
  if (setting === 'en' || setting === 'zh-CN') return setting;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * Polls `probe` until it returns a value (not undefined/false), or fails after `timeout` ms with
 * `state()` (what was seen last) in the message.
 */
async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>,
  state?: () => string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${state === undefined ? '' : `; ${state()}`}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function batonDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'baton');
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

function escalationAt(uri: vscode.Uri, line: number): vscode.Diagnostic | undefined {
  return batonDiagnostics(uri).find((d) => ruleOf(d) === 'escalation' && d.range.start.line === line);
}

/** The Baton diagnostics of the sample and the language server processes, for timeout messages. */
function diagnosticsState(): string {
  const found = batonDiagnostics(sample(BAILU)).map((d) => `${d.range.start.line + 1}:${ruleOf(d)}`);
  return `diagnostics of ${BAILU}: [${found.join(', ')}]; language servers: [${serverPids().join(', ')}]`;
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The pids of Baton language servers started by this extension host (Linux: /proc; elsewhere: ps). */
function serverPids(): number[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const module = join(extension?.extensionPath ?? '', 'dist', 'server.cjs');
  const rows: { pid: number; ppid: number; args: string }[] = [];
  if (existsSync('/proc/self/stat')) {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
        rows.push({ pid: Number(name), ppid, args });
      } catch {
        // The process ended while we looked.
      }
    }
  } else {
    for (const line of execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n')) {
      const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
      if (m !== null) rows.push({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] });
    }
  }
  return rows.filter((r) => r.ppid === process.pid && r.args.includes(module)).map((r) => r.pid);
}

describe('Baton in a real VS Code', function () {
  const uri = (): vscode.Uri => sample(BAILU);

  before(async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension !== undefined, `extension ${EXTENSION_ID} is not loaded`);
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost}), UI language ${vscode.env.language}, expecting ${expectedLocale()} messages`);
    await open(uri());
    await waitFor('the extension to activate', () => extension.isActive);
  });

  afterEach(async function () {
    // Leave no test edits behind (the quick-fix test edits the open document). Only the workspace's
    // files: VS Code itself may be writing its settings.json through a text model at that moment.
    const inside = `${folder().toString()}/`;
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && document.uri.toString().startsWith(inside)) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
  });

  it('opens .baton files in the Baton language', async function () {
    const document = await vscode.workspace.openTextDocument(uri());
    assert.equal(document.languageId, 'baton');
  });

  it('shows its commands in the display language (package.nls.json / package.nls.zh-cn.json)', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const chineseUi = vscode.env.language.toLowerCase().startsWith('zh');
    const nls = JSON.parse(readFileSync(join(extension.extensionPath, chineseUi ? 'package.nls.zh-cn.json' : 'package.nls.json'), 'utf8')) as Record<string, string>;
    type Title = string | { value: string; original: string };
    const commands = (extension.packageJSON as { contributes: { commands: { command: string; title: Title }[] } }).contributes.commands;
    const title = commands.find((c) => c.command === 'baton.restartServer')?.title;
    // VS Code localizes the manifest it hands to extensions: `{value, original}` where a translation exists.
    assert.equal(typeof title === 'object' ? title.value : title, nls['baton.restartServer.title']);
  });

  it('publishes the escalation warning of a county plan, with its rule code, a link to its page and the evidence', async function () {
    const diagnostic = await waitFor('the escalation warning', () => escalationAt(uri(), TARGET_LINE), diagnosticsState);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.source, 'baton');
    const code = diagnostic.code;
    assert.ok(typeof code === 'object', 'the code carries a link (codeDescription)');
    assert.equal(code.value, 'escalation');
    assert.match(code.target.toString(), /docs\/rules\/escalation\.md$/);
    const message = diagnostic.message;
    if (expectedLocale() === 'zh-CN') {
      assert.match(message, /目标“≥ 35%”严于上级方案“临川市2026”的“≥ 32%”/);
    } else {
      assert.match(message, /Target `≥ 35%` is stricter than the parent plan's `≥ 32%` \(`临川市2026`\)/);
    }
    // The related information points at the parent plan's target, in another file.
    const related = diagnostic.relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri.path.endsWith('/linchuan/city.baton')), JSON.stringify(related));
    // The whole file: other seeded problems are there too, and nothing from another source is needed.
    const rules = new Set(batonDiagnostics(uri()).map(ruleOf));
    assert.ok(rules.has('escalation'), [...rules].join(', '));
  });

  it('shows the chain of targets from the origin down to the plan when hovering an escalated target', async function () {
    await waitFor('the escalation warning', () => escalationAt(uri(), TARGET_LINE));
    const position = new vscode.Position(TARGET_LINE, 10); // inside `≥ 35%`
    const hovers = await waitFor('a hover', async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri(), position);
      return result.length > 0 && hoverText(result).includes('临川市2026') ? result : undefined;
    });
    const text = hoverText(hovers);
    // Origin first, then the city, then this county, each with its target.
    const province = text.indexOf('清河省2026');
    const city = text.indexOf('临川市2026');
    const county = text.indexOf('白鹭县2026', city);
    assert.ok(province >= 0 && province < city && city < county, text);
    for (const target of ['≥ 30%', '≥ 32%', '≥ 35%']) assert.ok(text.includes(target), `${target} missing from:\n${text}`);
    // The city added 6.7% to the province's target; the county is 16.7% above the origin.
    assert.match(text, expectedLocale() === 'zh-CN' ? /加码 \+?6\.7%/ : /stricter \+?6\.7%/);
    assert.match(text, /16\.7%/);
  });

  it('applies the quick fix for the escalation through the VS Code API, and its warning goes away', async function () {
    const editor = await open(uri());
    const diagnostic = await waitFor('the escalation warning', () => escalationAt(uri(), TARGET_LINE));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri(), diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    // (VS Code's API hands back the actions without their `diagnostics`.)
    const fix = actions.find((a) => a.isPreferred === true && a.kind?.value === 'quickfix');
    assert.ok(fix !== undefined && fix.edit !== undefined, `no preferred escalation fix among: ${titles.join(' | ')}`);
    assert.match(fix.title, expectedLocale() === 'zh-CN' ? /上级方案.*≥ 32%/ : /parent plan's `≥ 32%`/);
    // Other quick fixes are offered too, e.g. suppressing the finding with a reason.
    assert.ok(actions.length > 1, titles.join(' | '));

    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'workspace.applyEdit refused the edit');
    assert.match(editor.document.lineAt(TARGET_LINE).text, /目标 ≥ 32%/);
    await waitFor('the escalation warning to go away', () => escalationAt(uri(), TARGET_LINE) === undefined && batonDiagnostics(uri()).length > 0);
  });

  it('offers Chinese keywords first in a Chinese file, and English ones first in an English file', async function () {
    const complete = async (name: string, text: string, position: vscode.Position): Promise<vscode.CompletionItem[]> => {
      const file = sample(name);
      writeFileSync(file.fsPath, text);
      await open(file);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', file, position);
      return [...list.items].sort((a, b) => (a.sortText ?? String(a.label)).localeCompare(b.sortText ?? String(b.label)));
    };
    const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);

    const chinese = await complete('新方案.baton', '方案 测试2026 "测试方案" {\n  层级 县\n  \n}\n', new vscode.Position(2, 2));
    const chineseLabels = chinese.map(labelOf);
    for (const keyword of ['考核对象', '考核年度', '上级方案', '指标', '检查主体']) {
      assert.ok(chineseLabels.includes(keyword), `${keyword} missing from: ${chineseLabels.join(' ')}`);
    }
    assert.ok(/\p{Script=Han}/u.test(chineseLabels[0]), `first item in a Chinese file: ${chineseLabels[0]}`);
    assert.equal(chinese.find((i) => labelOf(i) === '指标')?.kind, vscode.CompletionItemKind.Keyword);

    const english = await complete('new-plan.baton', 'plan test_2026 "Test plan" {\n  level county\n  \n}\n', new vscode.Position(2, 2));
    const englishLabels = english.map(labelOf);
    assert.ok(englishLabels.includes('indicator') && englishLabels.includes('指标'), englishLabels.join(' '));
    assert.ok(/^[a-z]/.test(englishLabels[0]), `first item in an English file: ${englishLabels[0]}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('follows the baton.locale setting: messages switch language without a restart', async function () {
    const config = vscode.workspace.getConfiguration('baton');
    const before = expectedLocale();
    const other: Locale = before === 'zh-CN' ? 'en' : 'zh-CN';
    const pattern = (locale: Locale): RegExp => (locale === 'zh-CN' ? /严于上级方案/ : /stricter than the parent plan/);
    await waitFor(`${before} messages`, () => pattern(before).test(escalationAt(uri(), TARGET_LINE)?.message ?? ''));
    await config.update('locale', other, vscode.ConfigurationTarget.Global);
    try {
      await waitFor(`${other} messages`, () => pattern(other).test(escalationAt(uri(), TARGET_LINE)?.message ?? ''));
    } finally {
      await config.update('locale', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(`${before} messages again`, () => pattern(before).test(escalationAt(uri(), TARGET_LINE)?.message ?? ''));
  });

  it('restarts the language server after it is killed, and diagnostics come back', async function () {
    await open(uri());
    await waitFor('the escalation warning', () => escalationAt(uri(), TARGET_LINE));
    const [pid] = await waitFor('the language server process', () => {
      const pids = serverPids();
      return pids.length === 1 ? pids : undefined;
    }, diagnosticsState);
    let cleared = false;
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri().toString()) && batonDiagnostics(uri()).length === 0) cleared = true;
    });
    // The editor keeps talking to the server while it dies (hovers, code lenses, semantic tokens …):
    // requests written to the dead process fail, and the client must still restart it, not give up.
    const inFlight: Thenable<unknown>[] = [];
    let flooding = true;
    const flood = (async () => {
      for (let i = 0; flooding; i++) {
        inFlight.push(vscode.commands.executeCommand('vscode.executeHoverProvider', uri(), new vscode.Position(TARGET_LINE, i % 12)).then(() => undefined, () => undefined));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      process.kill(pid, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 300));
      flooding = false;
      await flood;
      const [next] = await waitFor('a new language server process', () => {
        const pids = serverPids().filter((p) => p !== pid);
        return pids.length === 1 ? pids : undefined;
      }, diagnosticsState);
      assert.notEqual(next, pid);
      await waitFor('the diagnostics of the dead server to be cleared', () => cleared, diagnosticsState);
      await waitFor('diagnostics from the new server', () => escalationAt(uri(), TARGET_LINE), diagnosticsState);
      await Promise.all(inFlight);
    } finally {
      flooding = false;
      listener.dispose();
    }
  });

  it('restarts the language server with the Baton: Restart Language Server command', async function () {
    const before = await waitFor('the language server process', () => {
      const pids = serverPids();
      return pids.length === 1 ? pids[0] : undefined;
    }, diagnosticsState);
    await vscode.commands.executeCommand('baton.restartServer');
    const after = await waitFor('a new language server process', () => {
      const pids = serverPids().filter((p) => p !== before);
      return pids.length === 1 ? pids[0] : undefined;
    }, diagnosticsState);
    assert.notEqual(after, before);
    await waitFor('the old process to exit', () => !serverPids().includes(before), diagnosticsState);
    await waitFor('diagnostics from the restarted server', () => escalationAt(uri(), TARGET_LINE), diagnosticsState);
    // The restarted server answers requests too.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri(), new vscode.Position(TARGET_LINE, 10));
    assert.ok(hoverText(hovers).includes('清河省2026'));
  });
});
