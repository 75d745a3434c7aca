/**
 * The bundled language server on the real sample plans: a temporary copy of `samples/submitted/`
 * (and of `samples/reviewed/`) is the workspace folder, and every capability is exercised on
 * those files — diagnostics of files that are not open, re-checking dependents of an edit,
 * hovers, completion, code actions (whose edits are applied and the result re-checked),
 * navigation and rename, and the document features. One server per describe block.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CodeAction, type CodeLens, type CompletionItem, type CompletionList, type Diagnostic, type DocumentLink, type DocumentSymbol,
  type FoldingRange, type Hover, type InlayHint, type Location, type Position, type PublishDiagnosticsParams, type Range,
  type SelectionRange, type SemanticTokens, type SemanticTokensLegend, type SymbolInformation, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { applyTextEdits, LspClient, messageOf, removeWorkspace, ROOT, uriOf } from './harness';

const PROVINCE = 'province.baton';
const CITY = 'linchuan/city.baton';
const QINGSHI = 'linchuan/qingshi/county.baton';
const BAILU = 'linchuan/bailu/county.baton';
const DUTIES = 'linchuan/qingshi/duties.baton';
const INSPECTORS = 'linchuan/qingshi/inspectors.baton';
const SPECIAL_SAFETY = 'linchuan/qingshi/special-safety.baton';
const SPECIAL_ECOLOGY = 'linchuan/qingshi/special-ecology.baton';
const SHANGTANG = 'linchuan/qingshi/townships/shangtang.baton';
const GOLDEN = join(ROOT, 'test', 'samples', 'submitted.expected.txt');

// ----------------------------------------------------------------- text helpers

/** The position of `needle` (which must occur exactly once in `text`), plus `delta` characters. */
function at(text: string, needle: string, delta = 0): Position {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${JSON.stringify(needle)} not found`);
  assert.equal(text.indexOf(needle, index + 1), -1, `${JSON.stringify(needle)} occurs more than once`);
  return positionOf(text, index + delta);
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function offsetOf(text: string, position: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((n, l) => n + l.length + 1, 0) + position.character;
}

function textAt(text: string, range: Range): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

/** The zero-based line of the line that contains `needle` (unique in `text`). */
function lineOf(text: string, needle: string): number {
  return at(text, needle).line;
}

/** `text` with `line` inserted before the line that holds `needle`. */
function insertLineBefore(text: string, needle: string, line: string): string {
  const { line: n } = at(text, needle);
  const lines = text.split('\n');
  lines.splice(n, 0, line);
  return lines.join('\n');
}

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));
const sortedCodes = (p: PublishDiagnosticsParams): string[] => codes(p).sort();
const at0 = (d: Diagnostic): string => `${d.range.start.line}:${d.range.start.character}`;
const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'];
const byLabel = (items: readonly CompletionItem[]): CompletionItem[] => [...items].sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1));
const CJK = /^[\u3400-\u9fff]/;

/** Every `.baton` file below `folder`, as POSIX paths relative to it, sorted. */
function batonFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.baton')) out.push(relative(folder, path).split('\\').join('/'));
    }
  };
  walk(folder);
  return out.sort();
}

// ----------------------------------------------------------------- a server on a copy of a sample folder

class Samples {
  private constructor(readonly folder: string, readonly client: LspClient) {}

  /** Copies `samples/<name>/` to a temporary folder and starts a server on it; waits for the first scan. */
  static async start(name: 'submitted' | 'reviewed', locale: string): Promise<Samples> {
    const folder = mkdtempSync(join(tmpdir(), `baton-samples-${name}-`));
    cpSync(join(ROOT, 'samples', name), folder, { recursive: true });
    const client = await LspClient.start({ folders: [folder], locale, initializationOptions: { clientCommands: ['baton.placeCursor'] } });
    await client.scanned();
    return new Samples(folder, client);
  }

  uri(path: string): string {
    return uriOf(this.folder, path);
  }

  /** The text on disk (the tests never write to the copy: edits go through didOpen/didChange). */
  text(path: string): string {
    return readFileSync(join(this.folder, path), 'utf8');
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.client.connection.sendRequest<T>(method, params);
  }

  /** Waits for diagnostics of `path` that satisfy `predicate`. */
  diagnostics(path: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.client.diagnosticsOf(this.uri(path), predicate);
  }

  /** Opens `path` with `text` (the disk text by default) and waits for its diagnostics of version 1. */
  async open(path: string, text = this.text(path), predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    this.client.diagnostics.delete(this.uri(path));
    await this.client.open(this.uri(path), text);
    return this.diagnostics(path, (p) => p.version === 1 && predicate(p));
  }

  /** Sends the whole new text of an open document and waits for diagnostics of that version. */
  async replace(path: string, text: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    await this.client.replace(this.uri(path), text);
    const version = this.client.versionOf(this.uri(path));
    return this.diagnostics(path, (p) => p.version === version && predicate(p));
  }

  /** Closes `path` (the server falls back to the disk text) and waits for its diagnostics of the closed file. */
  async close(path: string): Promise<PublishDiagnosticsParams> {
    this.client.diagnostics.delete(this.uri(path));
    await this.client.close(this.uri(path));
    return this.diagnostics(path, (p) => p.version === undefined || p.version === null);
  }

  async hover(path: string, position: Position): Promise<{ range: string; value: string }> {
    const hover = await this.request<Hover | null>('textDocument/hover', { textDocument: { uri: this.uri(path) }, position });
    assert.ok(hover !== null, `no hover at ${path}:${position.line}:${position.character}`);
    const contents = hover.contents as { kind: string; value: string };
    assert.equal(contents.kind, 'markdown');
    return { range: textAt(this.text(path), hover.range!), value: contents.value };
  }

  async complete(path: string, position: Position): Promise<CompletionItem[]> {
    const list = await this.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: this.uri(path) }, position });
    assert.ok(list !== null);
    return byLabel(list.items);
  }

  /** The code actions at a position, with the client's diagnostics that touch it as context. */
  async actions(path: string, position: Position, only?: string[]): Promise<CodeAction[]> {
    const uri = this.uri(path);
    const diagnostics = (this.client.diagnostics.get(uri)?.diagnostics ?? [])
      .filter((d) => d.range.start.line <= position.line && position.line <= d.range.end.line);
    return this.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics, only } });
  }

  /** The text of `path` after the edits a workspace edit makes to it. */
  applied(edit: WorkspaceEdit, path: string, text = this.text(path)): string {
    const edits = edit.changes?.[this.uri(path)];
    assert.ok(edits !== undefined && edits.length > 0, `the edit does not change ${path}: ${JSON.stringify(Object.keys(edit.changes ?? {}))}`);
    return applyTextEdits(text, edits);
  }

  async stop(): Promise<void> {
    try {
      assert.equal(await this.client.stop(), 0);
    } finally {
      this.client.kill();
      removeWorkspace(this.folder);
    }
  }
}

function decodeTokens(text: string, data: readonly number[], legend: SemanticTokensLegend): { line: number; character: number; text: string; type: string; modifiers: string[] }[] {
  assert.equal(data.length % 5, 0);
  const lines = text.split('\n');
  const out: { line: number; character: number; text: string; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    assert.ok(line < lines.length, `token ${i / 5} on line ${line}, past the end`);
    assert.ok(length > 0 && character + length <= lines[line].length, `token ${i / 5} (${line}:${character}+${length}) runs past its line`);
    assert.ok(type >= 0 && type < legend.tokenTypes.length, `token type ${type} is not in the legend`);
    assert.ok(bits >= 0 && bits < 1 << legend.tokenModifiers.length, `modifier bits ${bits} are not in the legend`);
    out.push({
      line, character, text: lines[line].slice(character, character + length), type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0),
    });
  }
  return out;
}

/** The lines of multi-line `{…}` blocks (full-width braces too), strings skipped: [open line, close line − 1]. */
function blockFolds(text: string): [number, number][] {
  const out: [number, number][] = [];
  const stack: number[] = [];
  let line = 0;
  let quote: string | undefined;
  for (const ch of text) {
    if (ch === '\n') line++;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"') quote = '"';
    else if (ch === '“') quote = '”';
    else if (ch === '{' || ch === '｛') stack.push(line);
    else if (ch === '}' || ch === '｝') {
      const open = stack.pop()!;
      if (line - 1 > open) out.push([open, line - 1]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

// ================================================================= submitted/, English client

describe('lsp on the samples: submitted/ with an English client', function () {
  this.timeout(20000);
  let s: Samples;

  before(async () => {
    s = await Samples.start('submitted', 'en');
  });
  after(async () => {
    await s?.stop();
  });

  describe('diagnostics', () => {
    it('publishes the findings of every file on the first scan, none of them open, equal to the golden file', async () => {
      const files = batonFiles(s.folder);
      assert.equal(files.length, 13, files.join(', '));
      // Nothing was opened: every file was read from disk and checked.
      for (const file of files) assert.equal(s.client.versionOf(s.uri(file)), undefined);
      const lines: { path: string; line: number; column: number; rule: string; text: string }[] = [];
      for (const file of files) {
        const published = await s.diagnostics(file);
        for (const d of published.diagnostics) {
          const [line, column] = [d.range.start.line + 1, d.range.start.character + 1];
          lines.push({ path: file, line, column, rule: String(d.code), text: `${file}:${line}:${column} ${SEVERITIES[d.severity!]} ${d.code}` });
        }
      }
      lines.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
      assert.deepEqual(lines.map((l) => l.text), readFileSync(GOLDEN, 'utf8').trimEnd().split('\n'));
    });

    it("reports the county's escalation with the rule's documentation and the city's and province's values as related information", async () => {
      const published = await s.diagnostics(BAILU);
      const escalations = published.diagnostics.filter((d) => d.code === 'escalation');
      assert.equal(escalations.length, 1, JSON.stringify(escalations));
      const [d] = escalations;
      const county = s.text(BAILU);
      assert.deepEqual(d.range.start, at(county, '≥ 35%'));
      assert.equal(textAt(county, d.range), '≥ 35%');
      assert.equal(d.severity, 2);
      assert.equal(d.source, 'baton');
      assert.match(d.codeDescription!.href, /\/docs\/rules\/escalation\.md$/);
      assert.equal(messageOf(d),
        "Target `≥ 35%` is stricter than the parent plan's `≥ 32%` (`临川市2026`); the origin `清河省2026` set `≥ 30%`: 16.7% stricter in all");
      const related = d.relatedInformation!.map((r) => {
        const path = r.location.uri === s.uri(CITY) ? CITY : r.location.uri === s.uri(PROVINCE) ? PROVINCE : r.location.uri;
        return [path, r.location.range.start.line, textAt(s.text(path), r.location.range), r.message];
      });
      assert.deepEqual(related, [
        [CITY, lineOf(s.text(CITY), '目标 ≥ 32%'), '≥ 32%', '`临川市2026` sets `≥ 32%`'],
        [PROVINCE, lineOf(s.text(PROVINCE), '目标：≥ 30%'), '≥ 30%', 'The origin `清河省2026` sets `≥ 30%`'],
      ]);
    });

    it('checks a township plan that is not open, down the whole ladder', async () => {
      const township = s.text(SHANGTANG);
      assert.equal(s.client.versionOf(s.uri(SHANGTANG)), undefined);
      const published = await s.diagnostics(SHANGTANG);
      const find = (code: string, needle: string, delta = 0): Diagnostic => {
        const { line, character } = at(township, needle, delta);
        const found = published.diagnostics.find((d) => d.code === code && at0(d) === `${line}:${character}`);
        assert.ok(found !== undefined, `${code} at ${needle}: ${JSON.stringify(published.diagnostics.map((x) => [at0(x), x.code]))}`);
        return found;
      };
      assert.match(messageOf(find('level-mismatch', '考核年度 2025', 5)), /`上塘乡2026` is for 2025.*`青石县2026` is for 2026/);
      const deadline = find('escalation', '2026-08-31');
      assert.deepEqual(deadline.relatedInformation!.map((r) => [r.location.uri, textAt(s.text(r.location.uri === s.uri(QINGSHI) ? QINGSHI : PROVINCE), r.location.range)]), [
        [s.uri(QINGSHI), '2026-09-30'],
        [s.uri(PROVINCE), '2026-12-31'],
      ]);
      assert.match(messageOf(deadline), /122 days earlier in all/);
      assert.equal(find('syntax', '权重15').severity, 1);
    });

    it('re-checks the county plans when the city plan is edited, though they are not open, and again when it is closed', async () => {
      const city = s.text(CITY);
      const qingshiForest = at(s.text(QINGSHI), '目标：≥ 32%', 3);
      const hasForestEscalation = (p: PublishDiagnosticsParams): boolean => p.diagnostics.some((d) => d.code === 'escalation' && at0(d) === `${qingshiForest.line}:${qingshiForest.character}`);
      // The county passes the city's ≥ 32% on unchanged: no finding there.
      assert.ok(!hasForestEscalation(await s.diagnostics(QINGSHI)));

      const before = await s.open(CITY);
      const cityForest = at(city, '目标 ≥ 32%', 3);
      assert.ok(before.diagnostics.some((d) => d.code === 'escalation' && at0(d) === `${cityForest.line}:${cityForest.character}`));
      // The city sets the target back to the province's ≥ 30%.
      const number = at(city, '目标 ≥ 32%', 5);
      await s.client.change(s.uri(CITY), [{ range: { start: number, end: { line: number.line, character: number.character + 2 } }, text: '30' }]);
      const after = await s.diagnostics(CITY, (p) => p.version === 2);
      assert.ok(!after.diagnostics.some((d) => d.code === 'escalation' && at0(d) === `${cityForest.line}:${cityForest.character}`), JSON.stringify(after.diagnostics));

      // 青石县 now sets ≥ 32% over the city's ≥ 30%: an escalation; 白鹭县 is compared with the new value.
      const qingshi = await s.diagnostics(QINGSHI, hasForestEscalation);
      assert.equal(qingshi.version, undefined);
      const escalation = qingshi.diagnostics.find((d) => d.code === 'escalation' && d.range.start.line === qingshiForest.line)!;
      assert.equal(messageOf(escalation), "Target `≥ 32%` is stricter than the parent plan's `≥ 30%` (`临川市2026`); the origin `清河省2026` set `≥ 30%`: 6.7% stricter in all");
      assert.equal(escalation.relatedInformation![0].location.uri, s.uri(CITY));
      assert.equal(escalation.relatedInformation![0].location.range.start.line, number.line);
      await s.diagnostics(BAILU, (p) => p.diagnostics.some((d) => d.code === 'escalation' && /^Target `≥ 35%` is stricter than the parent plan's `≥ 30%`.*16\.7% stricter in all$/.test(messageOf(d))));

      // Closing the city without saving brings back the text on disk, and the findings that go with it.
      await s.close(CITY);
      await s.diagnostics(QINGSHI, (p) => !hasForestEscalation(p));
      await s.diagnostics(BAILU, (p) => p.diagnostics.some((d) => d.code === 'escalation' && /parent plan's `≥ 32%`/.test(messageOf(d))));
    });
  });

  describe('hover', () => {
    it("shows an escalated target's chain from the origin, with the levels and the escalation at each step", async () => {
      const county = s.text(BAILU);
      const hover = await s.hover(BAILU, at(county, '≥ 35%', 2));
      assert.equal(hover.range, '≥ 35%');
      assert.equal(hover.value, [
        '**indicator** `森林覆盖率` “森林覆盖率” · plan `白鹭县2026`',
        '',
        '| Plan | Level | Target | vs. level above | stricter since origin |',
        '| --- | --- | --- | --- | --- |',
        '| `清河省2026` | province | ≥ 30% | origin |  |',
        '| `临川市2026` | city | ≥ 32% | **stricter 6.7%** | +6.7% |',
        '| **`白鹭县2026`** | county | ≥ 35% | **stricter 9.4%** | +16.7% |',
      ].join('\n'));
    });

    it("shows the chain of a deadline pulled forward and the indicator's other escalations", async () => {
      const township = s.text(SHANGTANG);
      const hover = await s.hover(SHANGTANG, at(township, '2026-08-31', 4));
      assert.equal(hover.range, '2026-08-31');
      assert.match(hover.value, /plan `上塘乡2026`/);
      assert.match(hover.value, /\| `清河省2026` \| province \| ≥ 100% \| origin \|/);
      assert.match(hover.value, /\*\*Also stricter than `青石县2026`:\*\*\n- deadline: 2026-08-31 \(parent: 2026-09-30\)\n- frequency: 每季度 \(parent: 每年\)/);
    });

    it('shows a duty reference: its kind, lead department and basis, from the duty list in another file', async () => {
      const county = s.text(QINGSHI);
      const hover = await s.hover(QINGSHI, at(county, '职责：违法用地处罚', 5));
      assert.equal(hover.range, '违法用地处罚');
      assert.equal(hover.value, [
        '**duty** `违法用地处罚` “违法用地行政处罚”',
        '',
        '- Kind: returned (收回) — A returned duty: handed back to an upper department; the township may not be assessed on it',
        '- Lead department: 县自然资源局',
        '- Basis: 《中华人民共和国土地管理法》；青编发〔2025〕6号',
        '- List: `青石县乡镇职责` “青石县乡镇（街道）履行职责事项清单”',
      ].join('\n'));
      // The facts come from the declaration in duties.baton.
      assert.match(s.text(DUTIES), /职责 违法用地处罚 “违法用地行政处罚” 收回 \{\n\s+牵头部门 “县自然资源局”\n\s+依据 “《中华人民共和国土地管理法》；青编发〔2025〕6号”/);
    });

    it('shows an inspector reference: department, kind and visits a year across the plans of its group', async () => {
      const county = s.text(QINGSHI);
      const hover = await s.hover(QINGSHI, at(county, '检查主体：应急局、督查室', 6));
      assert.equal(hover.range, '应急局');
      const lines = hover.value.split('\n');
      assert.deepEqual(lines.slice(0, 4), [
        '**inspector** `应急局` “县应急管理局”',
        '',
        '- Department: 县应急管理局',
        '- Kind: line (条) — A line department (条), such as a county bureau',
      ]);
      // The 青石县 group: monthly in the comprehensive plan and in the bureau's special plan.
      const start = lines.indexOf('**Inspects** (青石县 · township · 2026):');
      assert.ok(start > 0, hover.value);
      const section = lines.slice(start, lines.indexOf('', start + 1) + 2);
      assert.match(section[1], /^- `青石县2026`: `安全生产` \(落实属地安全生产管理责任，组织开展安全隐患排查\) — 12 visits a year$/);
      assert.match(section[2], /^- `青石县安全生产专项2026`: `隐患排查` .* — 12 visits a year$/);
      assert.equal(section[section.length - 1], '**Visits a year** to each assessed unit: 24');
      // Other counties' bureaus of the same name are other departments: their groups are not listed.
      assert.deepEqual(lines.filter((line) => line.startsWith('**Inspects**')), ['**Inspects** (青石县 · township · 2026):']);
    });

    it('shows keyword help in both languages, English first for an English client', async () => {
      const county = s.text(QINGSHI);
      const hover = await s.hover(QINGSHI, at(county, '频次：月度\n    检查主体：应急局', 1));
      assert.equal(hover.range, '频次');
      const [head, first, second] = hover.value.split('\n\n');
      assert.equal(head, '**frequency** · **频次**');
      assert.match(first, /^How often the indicator is checked/);
      assert.match(second, /^检查频次/);
    });

    it("shows a plan's burden on each assessed unit, consistent with its text", async () => {
      const county = s.text(QINGSHI);
      const hover = await s.hover(QINGSHI, at(county, '方案 青石县2026', 4));
      assert.equal(hover.range, '青石县2026');
      const indicators = county.match(/^ {2}指标 /gm)!.length;
      const vetoes = county.match(/^ {4}一票否决/gm)!.length;
      const letters = county.match(/^ {4}责任书/gm)!.length;
      const rankings = county.match(/^ {4}排名/gm)!.length;
      assert.deepEqual([indicators, vetoes, letters, rankings], [15, 3, 1, 1]);
      assert.match(hover.value, /^\*\*plan\*\* `青石县2026` “青石县2026年度乡镇（街道）综合考核实施方案”\n\nissued by 中共青石县委考核办 · county → township · region 青石县 · period 2026 · parent `临川市2026`\n/);
      assert.match(hover.value, new RegExp(`\\*\\*Burden on each assessed unit\\*\\*\n- Indicators: ${indicators}\n- Weight total: 100 / 100\n- Vetoes: ${vetoes}\n- Responsibility letters: ${letters}\n- Rankings: ${rankings}\n`));
      const checks = /- Checks a year: (\d+) \((.*)\)$/.exec(hover.value);
      assert.ok(checks !== null, hover.value);
      const loads = checks[2].split(', ').map((part) => /^`(.+)` (\d+)$/.exec(part)!);
      assert.equal(loads.reduce((sum, m) => sum + Number(m[2]), 0), Number(checks[1]));
      assert.equal(Number(checks[1]), 48);
      assert.deepEqual(loads.filter((m) => m[2] === '12').map((m) => m[1]).sort(), ['农业农村局', '应急局', '督查室'].sort());
    });
  });

  describe('completion', () => {
    /** 青石县's plan with a new indicator whose statements are being typed. */
    const TYPING = ['  指标 新增指标 “新增指标” {', '    职责 ', '    承接 ', '    检查主体 ', '    频次 ', '    ', '  }'];
    let typed: string;
    const end = (needle: string): Position => {
      const line = typed.split('\n').indexOf(needle);
      assert.ok(line >= 0, needle);
      return { line, character: needle.length };
    };

    before(async () => {
      const county = s.text(QINGSHI);
      // Insert the indicator before the plan's closing brace (the last line).
      typed = county.replace(/\n\}\n$/, `\n${TYPING.join('\n')}\n}\n`);
      assert.notEqual(typed, county);
      await s.open(QINGSHI, typed);
    });
    after(async () => {
      await s.close(QINGSHI);
    });

    it('offers the keywords of an indicator at the start of a statement, Chinese first in a Chinese file', async () => {
      const items = await s.complete(QINGSHI, end('    '));
      const labels = items.map((i) => i.label);
      const chinese = labels.filter((l) => CJK.test(l));
      const english = labels.filter((l) => !CJK.test(l));
      assert.ok(chinese.length > 0 && chinese.length === english.length, labels.join(' '));
      assert.deepEqual(labels.slice(0, chinese.length), chinese, 'every Chinese keyword sorts before the English ones');
      for (const keyword of ['职责', '目标', '时限', '权重', '频次', '检查主体', '考核方式', '一票否决', '责任书', '承接']) assert.ok(chinese.includes(keyword), keyword);
      for (const planOnly of ['层级', '上级方案', '指标', '方案']) assert.ok(!labels.includes(planOnly), `${planOnly} is not a statement of an indicator`);
      assert.equal(items.find((i) => i.label === '职责')?.detail, 'duty');
      assert.equal(items.find((i) => i.label === 'duty')?.detail, '职责');
    });

    it("offers the duties of the county's duty list after `职责 `, with their Chinese names, returned duties last", async () => {
      const items = await s.complete(QINGSHI, end('    职责 '));
      const declared = [...s.text(DUTIES).matchAll(/^\s*职责 (\S+) “([^”]+)” (基本|配合|收回)/gm)].map((m) => ({ name: m[1], title: m[2], kind: m[3] }));
      assert.equal(declared.length, 46);
      const expected = [...declared.filter((d) => d.kind !== '收回'), ...declared.filter((d) => d.kind === '收回')];
      assert.deepEqual(items.map((i) => [i.label, i.detail]), expected.map((d) => [d.name, d.title]));
      assert.deepEqual(items.map((i) => i.labelDetails?.description), expected.map((d) => ({ 基本: 'basic', 配合: 'assist', 收回: 'returned' })[d.kind]));
      const lead = items.find((i) => i.label === '违法用地处罚')!;
      assert.match((lead.documentation as { value: string }).value, /Lead department: 县自然资源局/);
      const edit = items[0].textEdit as TextEdit;
      assert.deepEqual(edit.range, { start: end('    职责 '), end: end('    职责 ') });
    });

    it('offers the inspectors of the imported register after `检查主体 `', async () => {
      const items = await s.complete(QINGSHI, end('    检查主体 '));
      const declared = [...s.text(INSPECTORS).matchAll(/^检查主体 (\S+) “([^”]+)” (块|条)/gm)].map((m) => [m[1], m[2], m[3] === '块' ? 'block' : 'line']);
      assert.equal(declared.length, 13);
      assert.deepEqual(items.map((i) => [i.label, i.detail, i.labelDetails?.description]), declared);
    });

    it("offers the parent plan's indicators after `承接 `", async () => {
      const items = await s.complete(QINGSHI, end('    承接 '));
      const cityIndicators = [...s.text(CITY).matchAll(/^ {2}指标 (\S+) "([^"]+)"/gm)].map((m) => [m[1], m[2], 'in 临川市2026']);
      assert.equal(cityIndicators.length, 10);
      assert.deepEqual(items.map((i) => [i.label, i.detail, i.labelDetails?.description]), cityIndicators);
    });

    it('offers the frequencies after `频次 `, Chinese spellings first', async () => {
      const items = await s.complete(QINGSHI, end('    频次 '));
      assert.deepEqual(items.map((i) => i.label), [
        '每年', '年度', '每半年', '半年', '每季度', '季度', '每月', '月度', '每周', '每日',
        'yearly', 'half-yearly', 'quarterly', 'monthly', 'weekly', 'daily',
      ]);
      assert.equal((items.find((i) => i.label === '月度')!.documentation as { value: string }).value.split('\n\n')[0], 'Checked 12 times a year');
    });

    it('offers the paths of the other files inside an `引用 "` string, relative to the file, each resolving to a file of the copy', async () => {
      const county = s.text(QINGSHI);
      const text = insertLineBefore(county, '引用 "../city.baton"', '引用 "');
      await s.replace(QINGSHI, text);
      try {
        const position = { line: lineOf(county, '引用 "../city.baton"'), character: 4 };
        const items = await s.complete(QINGSHI, position);
        const here = dirname(join(s.folder, QINGSHI));
        const targets = items.map((i) => relative(s.folder, resolve(here, i.label)).split('\\').join('/')).sort();
        assert.deepEqual(targets, batonFiles(s.folder).filter((f) => f !== QINGSHI));
        for (const item of items) assert.ok(existsSync(resolve(here, item.label)), item.label);
        // Not yet imported first, the nearest first; the imported ones last, marked.
        assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['special-ecology.baton', 'special-safety.baton']);
        assert.deepEqual(items.filter((i) => i.detail === 'already imported').map((i) => i.label).sort(), ['../city.baton', 'duties.baton', 'inspectors.baton']);
        assert.deepEqual(items.slice(-3).map((i) => i.detail), ['already imported', 'already imported', 'already imported']);
        assert.deepEqual((items[0].textEdit as TextEdit).range, { start: position, end: position });
      } finally {
        await s.replace(QINGSHI, typed);
      }
    });
  });

  describe('code actions', () => {
    // A test that failed half-way leaves its documents open: close them, so the next test starts from the disk.
    afterEach(async () => {
      for (const path of [QINGSHI, BAILU, INSPECTORS]) {
        const open = s.client.versionOf(s.uri(path)) !== undefined && s.client.diagnostics.get(s.uri(path))?.version !== undefined;
        if (open) await s.close(path);
      }
    });

    it('changes a duty that is not on the list to the closest listed one; the finding goes away', async () => {
      const county = s.text(QINGSHI);
      const opened = await s.open(QINGSHI);
      const position = at(county, '大气污染防制', 2);
      assert.ok(opened.diagnostics.some((d) => d.code === 'duty-not-in-list' && d.range.start.line === position.line));
      const actions = await s.actions(QINGSHI, position);
      const titles = actions.map((a) => a.title);
      // Quick fixes of the finding, then the file's fix-all (the documentation command is left out: the client did not declare it).
      assert.deepEqual(titles, [
        'Change to `大气污染防治`', 'Remove the indicator `大气质量`', 'Suppress `duty-not-in-list` on this line (with a reason)', 'Fix all auto-fixable Baton problems',
      ]);
      const change = actions.find((a) => a.title === 'Change to `大气污染防治`')!;
      assert.equal(change.kind, 'quickfix');
      assert.equal(change.diagnostics?.[0].code, 'duty-not-in-list');
      const fixed = s.applied(change.edit!, QINGSHI);
      assert.match(fixed, /\n {4}职责：大气污染防治\n/);
      const after = await s.replace(QINGSHI, fixed);
      assert.ok(!after.diagnostics.some((d) => d.code === 'duty-not-in-list' && d.range.start.line === position.line), JSON.stringify(after.diagnostics));
      // The other unlisted duty (招商引资) is still reported.
      assert.ok(after.diagnostics.some((d) => d.code === 'duty-not-in-list' && d.range.start.line === lineOf(county, '职责：招商引资')));
      await s.close(QINGSHI);
    });

    it("sets an escalated target to the parent's value; the escalation goes away", async () => {
      const county = s.text(BAILU);
      await s.open(BAILU);
      const actions = await s.actions(BAILU, at(county, '≥ 35%', 2));
      const set = actions.find((a) => a.title === "Set to the parent plan's `≥ 32%`");
      assert.ok(set !== undefined, actions.map((a) => a.title).join('\n'));
      assert.equal(set.kind, 'quickfix');
      assert.equal(set.isPreferred, true);
      assert.equal(set.diagnostics?.[0].code, 'escalation');
      assert.ok(actions.some((a) => a.title === 'Add `negotiated "…"`'));
      const fixed = s.applied(set.edit!, BAILU);
      assert.equal(fixed, county.replace('目标 ≥ 35%', '目标 ≥ 32%'));
      const after = await s.replace(BAILU, fixed);
      assert.ok(!codes(after).includes('escalation'), JSON.stringify(after.diagnostics));
      await s.close(BAILU);
    });

    it('removes a duplicate inspector, or makes it recognize the other in the register (another file); either way the finding goes away', async () => {
      const county = s.text(QINGSHI);
      await s.open(QINGSHI);
      const position = at(county, '检查主体：应急局、督查室', 11);
      const isDuplicate = (d: Diagnostic): boolean => d.code === 'duplicate-inspector' && d.range.start.line === position.line;
      assert.ok(s.client.diagnostics.get(s.uri(QINGSHI))!.diagnostics.some(isDuplicate));
      const actions = await s.actions(QINGSHI, position);
      const remove = actions.find((a) => a.title === 'Remove `督查室` and keep `应急局`');
      const recognize = actions.find((a) => a.title === 'Add `recognizes 应急局` to `督查室`');
      assert.ok(remove !== undefined && recognize !== undefined, actions.map((a) => a.title).join('\n'));
      assert.ok(actions.some((a) => a.title === 'Suppress `duplicate-inspector` on this line (with a reason)'));

      const removed = s.applied(remove.edit!, QINGSHI);
      assert.equal(removed, county.replace('检查主体：应急局、督查室', '检查主体：应急局'));
      let after = await s.replace(QINGSHI, removed);
      assert.ok(!after.diagnostics.some(isDuplicate), JSON.stringify(after.diagnostics));
      after = await s.replace(QINGSHI, county);
      assert.ok(after.diagnostics.some(isDuplicate));

      // The other fix edits the register of inspectors, which the county imports.
      assert.deepEqual(Object.keys(recognize.edit!.changes!), [s.uri(INSPECTORS)]);
      const register = s.applied(recognize.edit!, INSPECTORS);
      assert.match(register, /\n检查主体 督查室 “县委县政府督查室” 块 互认 应急局\n/);
      await s.open(INSPECTORS, register);
      const version = s.client.versionOf(s.uri(QINGSHI));
      await s.diagnostics(QINGSHI, (p) => p.version === version && !p.diagnostics.some(isDuplicate));
      await s.close(INSPECTORS);
      await s.diagnostics(QINGSHI, (p) => p.diagnostics.some(isDuplicate));
      await s.close(QINGSHI);
    });

    it('suppresses a finding with a reason: inserts `// baton-ignore <id> -- ` above it and leaves the cursor for the reason', async () => {
      const county = s.text(QINGSHI);
      await s.open(QINGSHI);
      const position = at(county, '目标：≤ 0 起', 3);
      const actions = await s.actions(QINGSHI, position);
      const suppress = actions.find((a) => a.title === 'Suppress `escalation` on this line (with a reason)');
      assert.ok(suppress !== undefined, actions.map((a) => a.title).join('\n'));
      const edited = s.applied(suppress.edit!, QINGSHI);
      const lines = edited.split('\n');
      assert.equal(lines[position.line], '    // baton-ignore escalation -- ');
      assert.equal(lines[position.line + 1], '    目标：≤ 0 起');
      assert.deepEqual(suppress.command?.arguments, [s.uri(QINGSHI), { line: position.line, character: lines[position.line].length }]);
      // With the reason typed, the escalation is hidden and the directive is accepted.
      lines[position.line] += '经县委常委会研究，安全生产事故零容忍';
      const after = await s.replace(QINGSHI, lines.join('\n'));
      const suppressedLine = position.line + 1;
      assert.ok(!after.diagnostics.some((d) => d.code === 'escalation' && d.range.start.line === suppressedLine), JSON.stringify(after.diagnostics));
      assert.ok(!codes(after).includes('suppression-without-reason') && !codes(after).includes('unused-suppression'), JSON.stringify(codes(after)));
      // The other escalations of the plan are still reported.
      assert.ok(after.diagnostics.some((d) => d.code === 'escalation' && d.range.start.line === lineOf(county, '时限：2026-09-30')));
      await s.close(QINGSHI);
    });

    it('fixes every safe fix of a file with `source.fixAll.baton`', async () => {
      const county = s.text(QINGSHI);
      const before = await s.open(QINGSHI);
      assert.equal(codes(before).filter((c) => c === 'escalation').length, 4);
      const actions = await s.actions(QINGSHI, { line: 0, character: 0 }, ['source.fixAll']);
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all auto-fixable Baton problems', 'source.fixAll.baton']]);
      assert.deepEqual(Object.keys(actions[0].edit!.changes!), [s.uri(QINGSHI)]);
      const fixed = s.applied(actions[0].edit!, QINGSHI);
      assert.match(fixed, /时限：2026-10-31\n/);
      assert.match(fixed, /目标：≤ 2 起\n/);
      assert.ok(!/一票否决\n {4}排名/.test(fixed), 'the veto the city did not set is removed');
      assert.notEqual(fixed, county);
      const after = await s.replace(QINGSHI, fixed);
      assert.ok(!codes(after).includes('escalation'), JSON.stringify(after.diagnostics.filter((d) => d.code === 'escalation')));
      assert.ok(!codes(after).includes('syntax'));
      // Nothing safe is left to fix.
      const again = await s.actions(QINGSHI, { line: 0, character: 0 }, ['source.fixAll']);
      assert.deepEqual(again, []);
      await s.close(QINGSHI);
    });
  });

  describe('navigation', () => {
    it('goes from `上级方案` to the city plan in another file', async () => {
      const county = s.text(QINGSHI);
      const result = await s.request<Location[]>('textDocument/definition', { textDocument: { uri: s.uri(QINGSHI) }, position: at(county, '上级方案：临川市2026', 6) });
      assert.equal(result.length, 1);
      assert.equal(result[0].uri, s.uri(CITY));
      assert.deepEqual(result[0].range.start, at(s.text(CITY), '方案 临川市2026', 3));
      assert.equal(textAt(s.text(CITY), result[0].range), '临川市2026');
    });

    it('finds the references of a duty across files: the list, the comprehensive plan and the special plan', async () => {
      const county = s.text(QINGSHI);
      const request = (includeDeclaration: boolean) => s.request<Location[]>('textDocument/references', {
        textDocument: { uri: s.uri(QINGSHI) }, position: at(county, '职责：安全生产', 4), context: { includeDeclaration },
      });
      const paths = new Map([QINGSHI, DUTIES, SPECIAL_SAFETY].map((p) => [s.uri(p), p]));
      const describe = (refs: Location[]): [string, number, string][] => refs.map((r) => {
        const path = paths.get(r.uri) ?? r.uri;
        return [path, r.range.start.line, textAt(s.text(path), r.range)];
      });
      const expected: [string, number, string][] = [
        [QINGSHI, lineOf(county, '职责：安全生产'), '安全生产'],
        [DUTIES, lineOf(s.text(DUTIES), '职责 安全生产 “'), '安全生产'],
        [SPECIAL_SAFETY, lineOf(s.text(SPECIAL_SAFETY), '职责 安全生产\n'), '安全生产'],
      ];
      const sort = (list: [string, number, string][]) => list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
      assert.deepEqual(sort(describe(await request(true))), sort([...expected]));
      assert.deepEqual(sort(describe(await request(false))), sort(expected.filter(([path]) => path !== DUTIES)));
    });

    it('renames an inspector of the register where the plans use it; the renamed files check the same', async () => {
      const county = s.text(QINGSHI);
      const position = at(county, '检查主体：环境局\n    考核方式：数据比对\n  }\n  指标 河湖长制', 5);
      const prepared = await s.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: s.uri(QINGSHI) }, position });
      assert.equal(prepared.placeholder, '环境局');
      assert.equal(textAt(county, prepared.range), '环境局');
      const edit = await s.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: s.uri(QINGSHI) }, position, newName: '生态环境局' });
      const files = [INSPECTORS, QINGSHI, SPECIAL_ECOLOGY];
      assert.deepEqual(Object.keys(edit.changes!).sort(), files.map((f) => s.uri(f)).sort());
      const before = new Map(await Promise.all(files.map(async (f) => [f, sortedCodes(await s.diagnostics(f))] as const)));
      for (const file of files) {
        const text = s.text(file);
        const renamed = s.applied(edit, file);
        // Every use of the id, and nothing else: the department string 县生态环境局 stays.
        for (const e of edit.changes![s.uri(file)]) assert.equal(textAt(text, e.range), '环境局');
        assert.equal(renamed.split('生态环境局').length, text.split('环境局').length);
        assert.equal(renamed.match(/县生态环境局/g)?.length, text.match(/县生态环境局/g)?.length);
        await s.open(file, renamed);
      }
      for (const file of files) {
        const after = await s.diagnostics(file, (p) => p.version === 1);
        assert.ok(!codes(after).includes('unresolved-reference'), `${file}: ${JSON.stringify(after.diagnostics)}`);
        assert.deepEqual(sortedCodes(after), before.get(file), file);
      }
      for (const file of files) await s.close(file);
    });
  });

  describe('document features', () => {
    it('outlines a plan with its indicators', async () => {
      const county = s.text(QINGSHI);
      const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: s.uri(QINGSHI) } });
      assert.equal(symbols.length, 1);
      const [plan] = symbols;
      assert.deepEqual([plan.name, plan.detail, plan.kind], ['青石县2026', '青石县2026年度乡镇（街道）综合考核实施方案', 5]);
      assert.equal(textAt(county, plan.selectionRange), '青石县2026');
      assert.match(textAt(county, plan.range), /^方案 青石县2026 [\s\S]*\}$/);
      const indicators = [...county.matchAll(/^ {2}指标 (\S+) “([^”]+)”/gm)].map((m) => [m[1], m[2], 7]);
      assert.deepEqual(plan.children!.map((c) => [c.name, c.detail, c.kind]), indicators);
      for (const child of plan.children!) assert.match(textAt(county, child.range), new RegExp(`^指标 ${child.name} [\\s\\S]*\\}$`));
    });

    it('finds a plan of another file by a workspace symbol query', async () => {
      const found = await s.request<SymbolInformation[]>('workspace/symbol', { query: '白鹭' });
      const plan = found.find((f) => f.kind === 5);
      assert.ok(plan !== undefined, JSON.stringify(found));
      assert.equal(plan.name, '白鹭县2026 白鹭县2026年度乡镇综合考核办法');
      assert.equal(plan.location.uri, s.uri(BAILU));
      assert.equal(textAt(s.text(BAILU), plan.location.range), '白鹭县2026');
      const indicators = await s.request<SymbolInformation[]>('workspace/symbol', { query: '森林覆盖率' });
      assert.deepEqual(new Set(indicators.filter((f) => f.kind === 7).map((f) => f.containerName)),
        new Set(['清河省2026', '临川市2026', '青石县2026', '白鹭县2026', '云山市2026', '松川县2026']));
    });

    it('colours the file with semantic tokens that follow the legend and land on the right words', async () => {
      const county = s.text(QINGSHI);
      const legend = s.client.initializeResult!.capabilities.semanticTokensProvider!.legend;
      const { data } = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: s.uri(QINGSHI) } });
      assert.ok(data.length > 0);
      const tokens = decodeTokens(county, data, legend);
      const find = (text: string, line?: number) => tokens.find((t) => t.text === text && (line === undefined || t.line === line));
      assert.deepEqual(find('青石县2026', lineOf(county, '方案 青石县2026')), { ...at(county, '方案 青石县2026', 3), text: '青石县2026', type: 'class', modifiers: ['declaration'] });
      assert.equal(find('方案')?.type, 'keyword');
      assert.deepEqual([find('临川市2026')?.type, find('临川市2026')?.modifiers], ['class', []]);
      assert.equal(find('青石县乡镇职责')?.type, 'namespace');
      assert.equal(find('林长制')?.type, 'function');
      assert.equal(find('督查室')?.type, 'variable');
      assert.deepEqual(find('基层党建', lineOf(county, '指标 基层党建'))?.modifiers, ['declaration']);
      assert.equal(find('基层党建', lineOf(county, '指标 基层党建'))?.type, 'property');
      assert.deepEqual([find('月度')?.type, find('月度')?.modifiers], ['enumMember', ['readonly', 'defaultLibrary']]);
      assert.equal(find('“中共青石县委考核办”')?.type, 'string');
      assert.equal(find('≥')?.type, 'operator');
      assert.equal(find('亿元')?.type, 'type');
      assert.equal(find('// 青石县2026年度乡镇（街道）综合考核实施方案')?.type, 'comment');
      // Every line of the file that has a keyword at its start has a token there.
      const keywordLines = county.split('\n').flatMap((l, i) => (/^\s*(方案|指标|职责|目标|权重|频次|检查主体|考核方式)[：\s]/.test(l) ? [i] : []));
      for (const line of keywordLines) assert.ok(tokens.some((t) => t.line === line && t.type === 'keyword'), `no keyword token on line ${line}`);
      const ranged = await s.request<SemanticTokens>('textDocument/semanticTokens/range', {
        textDocument: { uri: s.uri(QINGSHI) }, range: { start: { line: lineOf(county, '指标 基层党建'), character: 0 }, end: { line: lineOf(county, '指标 党风廉政'), character: 0 } },
      });
      const part = decodeTokens(county, ranged.data, legend);
      assert.ok(part.length > 0 && part.length < tokens.length);
      for (const token of part) assert.deepEqual(token, tokens.find((t) => t.line === token.line && t.character === token.character));
    });

    it('formats a sample, keeps its findings, and formatting the result again changes nothing', async () => {
      const county = s.text(QINGSHI);
      const options = { tabSize: 2, insertSpaces: true };
      const before = await s.diagnostics(QINGSHI);
      const edits = await s.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: s.uri(QINGSHI) }, options });
      assert.ok(edits.length > 0);
      const formatted = applyTextEdits(county, edits);
      // Values aligned one column after the widest keyword of the run (CJK counts two).
      assert.match(formatted, /\n {2}发文单位：“中共青石县委考核办”\n {2}辖区： {4}“青石县”\n {2}层级： {4}县\n/);
      const opened = await s.open(QINGSHI, formatted);
      assert.deepEqual(sortedCodes(opened), sortedCodes(before));
      const again = await s.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: s.uri(QINGSHI) }, options });
      assert.deepEqual(again, []);
      assert.equal(applyTextEdits(formatted, again), formatted);
      await s.close(QINGSHI);
      // A file with a syntax error is left alone.
      assert.ok(codes(await s.diagnostics(SHANGTANG)).includes('syntax'));
      assert.deepEqual(await s.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: s.uri(SHANGTANG) }, options }), []);
    });

    it('folds the header comment, the imports, the plan and each indicator', async () => {
      const county = s.text(QINGSHI);
      const ranges = await s.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: s.uri(QINGSHI) } });
      const imports = [lineOf(county, '引用 "../city.baton"'), lineOf(county, '引用 "inspectors.baton"')];
      assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine, r.kind]), [
        [0, 1, 'comment'],
        [imports[0], imports[1], 'imports'],
        ...blockFolds(county).map(([start, end]) => [start, end, undefined]),
      ]);
      assert.equal(blockFolds(county).length, 16);
      // Full-width braces fold too.
      const hexi = 'linchuan/qingshi/townships/hexi.baton';
      const hexiRanges = await s.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: s.uri(hexi) } });
      const blocks = blockFolds(s.text(hexi));
      assert.ok(s.text(hexi).includes('｛') && blocks.length > 5);
      assert.deepEqual(hexiRanges.filter((r) => r.kind === undefined).map((r) => [r.startLine, r.endLine]), blocks);
    });

    it("shows each plan's burden in a code lens", async () => {
      const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: s.uri(QINGSHI) } });
      assert.equal(lenses.length, 1);
      assert.equal(textAt(s.text(QINGSHI), lenses[0].range), '青石县2026');
      assert.equal(lenses[0].command!.title, '15 indicators · weight 100/100 · 3 vetoes · 1 responsibility letter · 48 checks a year per unit');
      const bailu = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: s.uri(BAILU) } });
      assert.equal(bailu[0].command!.title, '9 indicators · weight 100/100 · 2 vetoes · 1 responsibility letter · 14 checks a year per unit');
    });

    it("shows the parent's target after each target, only where the parent has the indicator", async () => {
      const city = s.text(CITY);
      const hints = await s.request<InlayHint[]>('textDocument/inlayHint', {
        textDocument: { uri: s.uri(CITY) }, range: { start: { line: 0, character: 0 }, end: { line: city.split('\n').length, character: 0 } },
      });
      const forest = at(city, '目标 ≥ 32%', 8);
      const hint = hints.find((h) => h.position.line === forest.line);
      assert.deepEqual([hint?.position, hint?.label], [forest, 'parent: ≥ 30%']);
      assert.match((hint!.tooltip as { value: string }).value, /`森林覆盖率`.*`清河省2026`/);
      // One per target of an indicator the province has: not 招商引资.
      const targets = city.match(/^ {4}目标 /gm)!.length;
      assert.equal(hints.length, targets - 1);
      assert.ok(!hints.some((h) => h.position.line === lineOf(city, '目标 ≥ 50 亿元')));
      // A range asks only for the hints inside it.
      const one = await s.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: s.uri(CITY) }, range: { start: { line: forest.line, character: 0 }, end: { line: forest.line + 1, character: 0 } } });
      assert.deepEqual(one.map((h) => h.label), ['parent: ≥ 30%']);
    });

    it('links each import path to its file in the copy', async () => {
      const county = s.text(QINGSHI);
      const links = await s.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: s.uri(QINGSHI) } });
      assert.deepEqual(links.map((l) => [textAt(county, l.range), l.target]), [
        ['../city.baton', s.uri(CITY)],
        ['duties.baton', s.uri(DUTIES)],
        ['inspectors.baton', s.uri(INSPECTORS)],
      ]);
      for (const link of links) {
        const path = fileURLToPath(link.target!);
        assert.ok(path.startsWith(s.folder) && existsSync(path), path);
      }
      const township = await s.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: s.uri(SHANGTANG) } });
      assert.deepEqual(township.map((l) => l.target), [s.uri(QINGSHI)]);
    });

    it('expands the selection from a number to its target, statement, indicator, plan and file', async () => {
      const city = s.text(CITY);
      const [selection] = await s.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: s.uri(CITY) }, positions: [at(city, '≥ 32%', 2)] });
      const chain: string[] = [];
      for (let r: SelectionRange | undefined = selection; r !== undefined; r = r.parent) chain.push(textAt(city, r.range));
      assert.deepEqual(chain.slice(0, 3), ['32', '≥ 32%', '目标 ≥ 32%']);
      assert.ok(chain.some((c) => /^指标 森林覆盖率 "森林覆盖率" \{[\s\S]*时效 长期\n {2}\}$/.test(c)), chain.join('\n---\n'));
      assert.ok(chain.some((c) => /^方案 临川市2026 [\s\S]*\}$/.test(c)));
      assert.equal(chain[chain.length - 1], city);
      for (let i = 1; i < chain.length; i++) assert.ok(chain[i].length > chain[i - 1].length && chain[i].includes(chain[i - 1]));
    });
  });
});

// ================================================================= submitted/, Chinese client

describe('lsp on the samples: submitted/ with a Chinese client', function () {
  this.timeout(20000);
  let s: Samples;

  before(async () => {
    s = await Samples.start('submitted', 'zh-CN');
  });
  after(async () => {
    await s?.stop();
  });

  it('reports in Chinese, related information included', async () => {
    const published = await s.diagnostics(BAILU);
    const escalation = published.diagnostics.find((d) => d.code === 'escalation')!;
    assert.equal(messageOf(escalation), '目标“≥ 35%”严于上级方案“临川市2026”的“≥ 32%”；源头方案“清河省2026”为“≥ 30%”，累计加码 16.7%');
    assert.deepEqual(escalation.relatedInformation!.map((r) => r.message), ['上级方案“临川市2026”中为“≥ 32%”', '源头方案“清河省2026”中为“≥ 30%”']);
  });

  it('shows keyword help in both languages, Chinese first for a Chinese client', async () => {
    const county = s.text(QINGSHI);
    const hover = await s.hover(QINGSHI, at(county, '频次：月度\n    检查主体：应急局', 1));
    assert.equal(hover.range, '频次');
    const [head, first, second] = hover.value.split('\n\n');
    assert.equal(head, '**frequency** · **频次**');
    assert.match(first, /^检查频次/);
    assert.match(second, /^How often the indicator is checked/);
  });

  it('shows the chain table and the plan burden in Chinese', async () => {
    const hover = await s.hover(BAILU, at(s.text(BAILU), '≥ 35%', 2));
    assert.match(hover.value, /\| 方案 \| 层级 \| 目标 \| 较上级 \| 较源头累计加码 \|/);
    assert.match(hover.value, /\| \*\*`白鹭县2026`\*\* \| 县 \| ≥ 35% \| \*\*加码 9\.4%\*\* \| \+16\.7% \|/);
    const plan = await s.hover(QINGSHI, at(s.text(QINGSHI), '方案 青石县2026', 4));
    assert.match(plan.value, /\*\*对每个被考核单位的考核负担\*\*\n- 指标：15 项\n- 权重合计：100 \/ 100\n- 一票否决：3 项\n- 责任书：1 份\n/);
  });

  it("shows the parent's target as `上级：≥ 30%` and the burden code lens in Chinese", async () => {
    const city = s.text(CITY);
    const hints = await s.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: s.uri(CITY) }, range: { start: { line: 0, character: 0 }, end: { line: city.split('\n').length, character: 0 } },
    });
    const forest = at(city, '目标 ≥ 32%', 8);
    assert.deepEqual(hints.filter((h) => h.position.line === forest.line).map((h) => [h.position, h.label]), [[forest, '上级：≥ 30%']]);
    const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: s.uri(QINGSHI) } });
    assert.deepEqual(lenses.map((l) => l.command!.title), ['15 项指标 · 权重 100/100 · 一票否决 3 项 · 责任书 1 份 · 每个单位每年检查 48 次']);
  });

  it('titles quick fixes in Chinese', async () => {
    const county = s.text(QINGSHI);
    await s.open(QINGSHI);
    try {
      const actions = await s.actions(QINGSHI, at(county, '大气污染防制', 2));
      assert.deepEqual(actions.filter((a) => a.kind === 'quickfix' && a.edit !== undefined).map((a) => a.title), [
        '改为“大气污染防治”', '删除指标“大气质量”', '忽略本行的“duty-not-in-list”问题（须写明理由）',
      ]);
    } finally {
      await s.close(QINGSHI);
    }
  });
});

// ================================================================= reviewed/

describe('lsp on the samples: reviewed/', function () {
  this.timeout(20000);
  let s: Samples;

  before(async () => {
    s = await Samples.start('reviewed', 'en');
  });
  after(async () => {
    await s?.stop();
  });

  it('checks every file clean on the first scan, but for the negotiated target (an info)', async () => {
    const findings: string[] = [];
    for (const file of batonFiles(s.folder)) {
      for (const d of (await s.diagnostics(file)).diagnostics) findings.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITIES[d.severity!]} ${d.code}`);
    }
    const negotiated = at(s.text(BAILU), '≥ 35%');
    assert.deepEqual(findings, [`${BAILU}:${negotiated.line + 1}:${negotiated.character + 1} info escalation`]);
    const [info] = (await s.diagnostics(BAILU)).diagnostics;
    assert.match(messageOf(info), /; negotiated: `我县为省级生态示范县.*`, approved by `白鹭县委考核工作领导小组`, until 2026-12-31$/);
  });

  it('shows the negotiation in the hover and offers the fix only as a quick fix, not in fix-all', async () => {
    const county = s.text(BAILU);
    const hover = await s.hover(BAILU, at(county, '≥ 35%', 2));
    assert.match(hover.value, /\*\*Negotiated:\*\* “我县为省级生态示范县.*”, approved by 白鹭县委考核工作领导小组, until 2026-12-31/);
    await s.open(BAILU);
    try {
      const actions = await s.actions(BAILU, at(county, '≥ 35%', 2));
      const set = actions.find((a) => a.title === "Set to the parent plan's `≥ 30%`");
      assert.ok(set !== undefined && set.isPreferred === false, actions.map((a) => `${a.title} ${a.isPreferred}`).join('\n'));
      assert.deepEqual(await s.actions(BAILU, { line: 0, character: 0 }, ['source.fixAll']), []);
    } finally {
      await s.close(BAILU);
    }
  });

  it('renames an inspector that other inspectors recognize, across files; everything still checks clean', async () => {
    const register = s.text(INSPECTORS);
    const position = at(register, '检查主体 环境局', 6);
    const prepared = await s.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: s.uri(INSPECTORS) }, position });
    assert.deepEqual([prepared.placeholder, textAt(register, prepared.range)], ['环境局', '环境局']);
    const edit = await s.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: s.uri(INSPECTORS) }, position, newName: '生态环境局' });
    assert.deepEqual(Object.keys(edit.changes!).sort(), [s.uri(INSPECTORS), s.uri(SPECIAL_ECOLOGY)].sort());
    const renamed = s.applied(edit, INSPECTORS);
    // The declaration and both `互认` lists.
    assert.equal(edit.changes![s.uri(INSPECTORS)].length, 3);
    assert.match(renamed, /互认 应急局、生态环境局\n/);
    assert.match(renamed, /\n检查主体 生态环境局 “县生态环境局” 条\n/);
    assert.match(renamed, /“县农业农村局” 条 互认 生态环境局\n/);
    await s.open(INSPECTORS, renamed);
    await s.open(SPECIAL_ECOLOGY, s.applied(edit, SPECIAL_ECOLOGY));
    try {
      const clean = (p: PublishDiagnosticsParams): boolean => p.diagnostics.length === 0;
      for (const file of [INSPECTORS, SPECIAL_ECOLOGY]) await s.diagnostics(file, (p) => p.version === 1 && clean(p));
      // Files that are not open and use the register: still no unresolved name, no duplicate inspector.
      for (const file of [QINGSHI, SPECIAL_SAFETY]) await s.diagnostics(file, clean);
      const hover = await s.hover(INSPECTORS, at(renamed, '检查主体 生态环境局', 6));
      assert.match(hover.value, /^\*\*inspector\*\* `生态环境局` “县生态环境局”/);
    } finally {
      await s.close(INSPECTORS);
      await s.close(SPECIAL_ECOLOGY);
    }
  });
});
