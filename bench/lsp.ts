/**
 * Language server latency, measured over the real protocol: spawns the bundled
 * dist/server.cjs over stdio in a temporary workspace written to disk and reports
 *
 * 1. `didChange` → matching `publishDiagnostics` (by document version) on a ~5,000-line plan
 *    with a three-level parent chain, one small edit at a time, and in typing bursts;
 * 2. hover and completion latency in that plan, settled and sent right after a keystroke;
 * 3. `initialized` → first diagnostics / all diagnostics / end of the `$/progress` scan of a
 *    ~1,000-file workspace, then edits in one township plan and in the province plan there;
 *
 * each with a baseline measured in the same run (the JSON-RPC round trip of a request the
 * server answers without work, JSON.parse of the same content, the same check run in-process),
 * as ratios. No figure is asserted. Run with `npm run bench:lsp`.
 *
 * Environment: BENCH_LSP_EDITS (default 50), BENCH_LSP_INDICATORS (600),
 * BENCH_LSP_LADDER=cities,counties,townships (7,9,14 → 1,016 files), BENCH_LSP_KEEP=1 keeps the
 * temporary folders, BENCH_LSP_PROF=1 runs the server under `node --cpu-prof`, writes the
 * profiles to bench/out/lsp/prof/ and prints its hotspots (figures are then inflated by the profiler).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities, CompletionRequest, ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest,
  type ProtocolConnection, PublishDiagnosticsNotification, type PublishDiagnosticsParams, RegistrationRequest,
  ShutdownRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgress, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { lintFile } from '../server/src/linter/lint';
import { buildModel, ParseCache } from '../server/src/semantics/model';
import { parse } from '../server/src/syntax/parse';
import { generateLadder } from './generate';

const ROOT = process.cwd();
/** The bundles are copied here first, so a rebuild during the run changes nothing (and profiles map to the right build). */
const OUT = join(ROOT, 'bench', 'out', 'lsp');
const BUILT_SERVER = join(ROOT, 'dist', 'server.cjs');
const BUILT_CLI = join(ROOT, 'dist', 'cli.cjs');
const SERVER = join(OUT, 'server.cjs');
const CLI = join(OUT, 'cli.cjs');
const SERVER_SOURCE = join(ROOT, 'server', 'src', 'lsp', 'server.ts');
const PROFILE = process.env.BENCH_LSP_PROF === '1';
const PROFILE_DIR = join(OUT, 'prof');
const KEEP = process.env.BENCH_LSP_KEEP === '1';
const EDITS = Number(process.env.BENCH_LSP_EDITS ?? 50);
const INDICATORS = Number(process.env.BENCH_LSP_INDICATORS ?? 600);
const [CITIES, COUNTIES, TOWNSHIPS] = (process.env.BENCH_LSP_LADDER ?? '7,9,14').split(',').map(Number);
const TODAY = '2026-06-30';

// ------------------------------------------------------------------ statistics

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Stat {
  readonly p50: number;
  readonly p95: number;
  readonly n: number;
}

function stat(values: readonly number[]): Stat {
  return { p50: percentile(values, 50), p95: percentile(values, 95), n: values.length };
}

/** Best of `repeat` runs of a synchronous step, in ms. */
function best(run: () => void, repeat = 5): number {
  let min = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

// ------------------------------------------------------------------ the big plan and its parents

const AREAS = ['基层党建', '安全生产', '森林防火', '耕地保护', '河湖长制', '信访工作', '农村人居环境整治', '防止返贫监测', '食品安全', '便民服务', '网格化管理', '消防安全'];
const LEVELS = ['省', '市', '县', '乡镇', '村'];
const INSPECTORS = ['督查室', '应急局', '农业局'];

interface Position {
  readonly line: number;
  readonly character: number;
}

/** Where things are in the big plan, for edits, hovers and completions. */
interface Marks {
  /** Start of each indicator's id (`指标 i7`). */
  readonly names: Position[];
  /** Start of each target's number (`目标 ≥ 37%`). */
  readonly targets: Position[];
  /** Start of each indicator body's first statement (`职责`), a statement start. */
  readonly bodyStarts: Position[];
  /** Start of each indicator statement in the plan body (`指标`), a statement start. */
  readonly planStarts: Position[];
  /** End of the duty id after `职责`. */
  readonly afterDuty: Position[];
  /** End of the inspector name after `检查主体`. */
  readonly afterInspector: Position[];
}

interface Chain {
  /** Relative path → text. */
  readonly files: Map<string, string>;
  readonly big: string;
  readonly marks: Marks;
  /** The big plan as plain objects, for the JSON.parse baseline. */
  readonly json: string;
}

/**
 * A province → city → county chain of plans with `indicators` indicators each, and a township
 * plan carrying all of them (each matched in the parents, every tenth escalated), with a duty
 * list and three inspectors: about 8.5 lines an indicator, ~5,100 lines for 600.
 */
function generateChain(indicators: number): Chain {
  const target = (i: number, escalated: boolean) => (i % 5 === 4 ? `≤ ${escalated ? 1 : 2} 起` : `≥ ${30 + (i % 40) + (escalated ? 5 : 0)}%`);
  // 2/3 of the indicators weigh 0.1 and 1/3 weigh 0.3: 100 in all for a multiple of 3.
  const weight = (i: number) => (i % 3 === 2 ? '0.3' : '0.1');
  const marks: Marks = { names: [], targets: [], bodyStarts: [], planStarts: [], afterDuty: [], afterInspector: [] };
  const objects: unknown[] = [];
  const plan = (id: string, level: number, parent: string | undefined, region: string, header: string[], big: boolean) => {
    const lines = [...header,
      `方案 ${id} "${region}2025年度综合考核方案" {`,
      `  发文单位 "${region}考核办"`,
      `  辖区     "${region}"`,
      `  层级     ${LEVELS[level]}`,
      `  考核对象 ${LEVELS[level + 1]}`,
      '  考核年度 2025',
    ];
    if (parent !== undefined) lines.push(`  上级方案 ${parent}`);
    if (big) lines.push('  职责清单 村级职责');
    lines.push(`  检查主体 督查室 "${region}督查室" 块`, `  检查主体 应急局 "${region}应急管理局" 条`, `  检查主体 农业局 "${region}农业农村局" 条`, '');
    for (let i = 0; i < indicators; i++) {
      const area = AREAS[i % AREAS.length];
      const escalated = big && i % 10 === 3;
      if (big && i % 20 === 0) lines.push(`  // 第${i / 20 + 1}部分：${area}等`);
      if (big) {
        marks.planStarts.push({ line: lines.length, character: 2 });
        marks.names.push({ line: lines.length, character: '  指标 '.length });
      }
      lines.push(`  指标 i${i} "${area}指标${i}" {`);
      if (big) {
        marks.bodyStarts.push({ line: lines.length, character: 4 });
        marks.afterDuty.push({ line: lines.length, character: `    职责     d${i}`.length });
        lines.push(`    职责     d${i}`);
        marks.targets.push({ line: lines.length, character: '    目标     ≥ '.length });
      }
      lines.push(`    目标     ${target(i, escalated)}`, `    权重     ${weight(i)}`, `    频次     ${i % 4 === 0 ? '每季度' : '每年'}`);
      if (big) {
        marks.afterInspector.push({ line: lines.length, character: `    检查主体 ${INSPECTORS[i % 3]}`.length });
        lines.push(`    检查主体 ${INSPECTORS[i % 3]}`);
        objects.push({ id: `i${i}`, title: `${area}指标${i}`, duty: `d${i}`, target: { op: i % 5 === 4 ? '<=' : '>=', value: 30 + (i % 40), unit: i % 5 === 4 ? '起' : '%' }, weight: Number(weight(i)), frequency: i % 4 === 0 ? 'quarterly' : 'yearly', inspectors: [INSPECTORS[i % 3]], methods: ['field', 'data'] });
      }
      lines.push('    考核方式 实地核查、数据比对', '  }');
      if (big && i % 2 === 1) lines.push('');
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
  };
  const duties = ['职责清单 村级职责 "村级组织履行职责事项清单" {'];
  for (let i = 0; i < indicators; i++) duties.push(`  职责 d${i} "${AREAS[i % AREAS.length]}事项${i}" 基本`);
  duties.push('}');

  const files = new Map<string, string>();
  files.set('province.baton', plan('province', 0, undefined, '某省', [], false));
  files.set('city/city.baton', plan('city', 1, 'province', '某市', ['引用 "../province.baton"', ''], false));
  files.set('city/county/county.baton', plan('county', 2, 'city', '某县', ['引用 "../city.baton"', ''], false));
  files.set('city/county/duties.baton', `${duties.join('\n')}\n`);
  const big = 'city/county/town.baton';
  files.set(big, plan('town', 3, 'county', '某镇', ['引用 "county.baton"', '引用 "duties.baton"', ''], true));
  return { files, big, marks, json: JSON.stringify({ id: 'town', level: '乡镇', parent: 'county', region: '某镇', period: 2025, duties: 'village', indicators: objects }) };
}

function writeWorkspace(files: ReadonlyMap<string, string>, name: string): string {
  const folder = mkdtempSync(join(tmpdir(), name));
  for (const [path, text] of files) {
    const full = join(folder, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return folder;
}

// ------------------------------------------------------------------ the client

const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
  window: { workDoneProgress: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
    synchronization: { didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true } },
  },
};

interface Publish {
  readonly at: number;
  readonly params: PublishDiagnosticsParams;
}

class Server {
  readonly publishes: Publish[] = [];
  readonly progress: { at: number; kind: string }[] = [];
  private stderr = '';
  private readonly waiters = new Set<() => void>();
  private readonly exited: Promise<void>;
  initializedAt = 0;
  /** Spawn → `initialize` answered, ms. */
  startup = 0;

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {
    this.exited = new Promise((done) => child.on('exit', () => done()));
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.publishes.push({ at: performance.now(), params });
      this.notify();
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      connection.onProgress(WorkDoneProgress.type, params.token, (value) => {
        this.progress.push({ at: performance.now(), kind: value.kind });
        this.notify();
      });
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'baton' ? { locale: 'zh-CN' } : null)));
  }

  /** Spawns the server and sends `initialize`; `initialized` is sent by `ready()` so its time can be taken. */
  static async start(folder: string, profileName: string): Promise<Server> {
    const args = [SERVER, '--stdio'];
    if (PROFILE) {
      mkdirSync(PROFILE_DIR, { recursive: true });
      args.unshift('--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${profileName}.cpuprofile`);
    }
    const spawned = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new Server(child, connection);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: 'zh-CN',
      capabilities: CAPABILITIES,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
      initializationOptions: { today: TODAY },
    });
    server.startup = performance.now() - spawned;
    return server;
  }

  async ready(): Promise<void> {
    this.initializedAt = performance.now();
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves as soon as `predicate` holds, re-checked after every notification. */
  async until<T>(what: string, predicate: () => T | undefined | false, timeout = 600_000): Promise<T> {
    const deadline = performance.now() + timeout;
    for (;;) {
      const value = predicate();
      if (value !== undefined && value !== false) return value;
      if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}\n${this.stderr}`);
      await new Promise<void>((done) => {
        const waiter = () => {
          this.waiters.delete(waiter);
          clearTimeout(timer);
          done();
        };
        const timer = setTimeout(waiter, 1000);
        this.waiters.add(waiter);
      });
    }
  }

  /** The first publish of `uri` at index `from` or later with `version`, once it arrives. */
  published(uri: string, version: number | undefined, from: number): Promise<Publish> {
    return this.until(`diagnostics of ${uri} v${version}`, () => {
      for (let i = from; i < this.publishes.length; i++) {
        const p = this.publishes[i];
        if (p.params.uri === uri && (version === undefined || p.params.version === version)) return p;
      }
      return undefined;
    });
  }

  /** A request no handler exists for: the server answers MethodNotFound after the messages before it. */
  async ping(): Promise<number> {
    const start = performance.now();
    await this.connection.sendRequest('baton/benchPing', {}).catch(() => undefined);
    return performance.now() - start;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await Promise.race([this.exited, sleep(10_000)]);
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}

// ------------------------------------------------------------------ the configured delay

/** The server's delay between a change and re-checking, read from its source; undefined if not found. */
function configuredDelay(): number | undefined {
  if (!existsSync(SERVER_SOURCE)) return undefined;
  const match = /const\s+CHANGE_DELAY\s*=\s*(\d+)/.exec(readFileSync(SERVER_SOURCE, 'utf8'));
  return match === null ? undefined : Number(match[1]);
}

// ------------------------------------------------------------------ typing

/** An open document as the client sees it. */
class Doc {
  version = 1;
  constructor(readonly uri: string, readonly lines: string[]) {}

  async open(server: Server): Promise<PublishDiagnosticsParams> {
    const mark = server.publishes.length;
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri, languageId: 'baton', version: this.version, text: this.lines.join('\n') } });
    return (await server.published(this.uri, this.version, mark)).params;
  }

  /** Types one digit over the digit at `at` (9, or 3 over a 9), as an incremental change; returns its version. */
  async typeDigit(server: Server, at: Position): Promise<number> {
    const line = this.lines[at.line];
    const digit = line[at.character] === '9' ? '3' : '9';
    this.lines[at.line] = line.slice(0, at.character) + digit + line.slice(at.character + 1);
    this.version++;
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: digit }],
    });
    return this.version;
  }
}

/** Waits until the server publishes nothing more: two pings `gap` ms apart with no publish between. */
async function quiet(server: Server, gap = 30): Promise<void> {
  for (;;) {
    await server.ping();
    const count = server.publishes.length;
    await sleep(gap);
    await server.ping();
    if (server.publishes.length === count) return;
  }
}

interface EditRun {
  /** didChange → publish of that version. */
  readonly own: number[];
  /** didChange → last publish caused by it. */
  readonly round: number[];
  /** Most files published by one edit. */
  readonly files: number;
}

/** `count` edits typed one at a time (after `warmup` unmeasured ones), each waiting for all its diagnostics. */
async function singleEdits(server: Server, doc: Doc, targets: readonly Position[], count: number, warmup = 3): Promise<EditRun> {
  const own: number[] = [];
  const round: number[] = [];
  let files = 0;
  for (let e = -warmup; e < count; e++) {
    const at = targets[((e + warmup) * 37) % targets.length];
    const mark = server.publishes.length;
    const start = performance.now();
    const version = await doc.typeDigit(server, at);
    const publish = await server.published(doc.uri, version, mark);
    await quiet(server);
    const published = server.publishes.slice(mark);
    if (e < 0) continue;
    own.push(publish.at - start);
    round.push(Math.max(...published.map((p) => p.at)) - start);
    files = Math.max(files, new Set(published.map((p) => p.params.uri)).size);
  }
  return { own, round, files };
}

/** Typing bursts: `size` keystrokes `gap` ms apart; last keystroke → diagnostics of its version. */
async function bursts(server: Server, doc: Doc, targets: readonly Position[], count: number, size: number, gap: number): Promise<number[]> {
  const out: number[] = [];
  for (let b = 0; b < count; b++) {
    const mark = server.publishes.length;
    let last = 0;
    let version = 0;
    for (let s = 0; s < size; s++) {
      if (s > 0) await sleep(gap);
      last = performance.now();
      version = await doc.typeDigit(server, targets[(b * 53 + s * 7) % targets.length]);
    }
    const publish = await server.published(doc.uri, version, mark);
    out.push(publish.at - last);
    await quiet(server);
  }
  return out;
}

type Kind = 'hover' | 'completion';

interface RequestRun extends Stat {
  /** Hovers answered null, or the most completion items. */
  readonly detail: number;
}

async function request(server: Server, kind: Kind, uri: string, position: Position): Promise<{ ms: number; detail: number }> {
  const start = performance.now();
  if (kind === 'hover') {
    const result = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return { ms: performance.now() - start, detail: result === null ? 1 : 0 };
  }
  const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  return { ms: performance.now() - start, detail: result === null ? 0 : Array.isArray(result) ? result.length : result.items.length };
}

const spread = <T>(items: readonly T[], count: number): T[] => Array.from({ length: count }, (_, i) => items[(i * 97 + 11) % items.length]);

/** Requests in the settled state (diagnostics published, nothing pending). */
async function settledRequests(server: Server, kind: Kind, doc: Doc, positions: readonly Position[], count: number): Promise<RequestRun> {
  const times: number[] = [];
  let detail = 0;
  for (const position of spread(positions, count)) {
    const { ms, detail: d } = await request(server, kind, doc.uri, position);
    times.push(ms);
    detail = kind === 'hover' ? detail + d : Math.max(detail, d);
  }
  return { ...stat(times), detail };
}

/**
 * A request sent right after a keystroke, as an editor does while typing: its answer needs
 * the new text's model. The keystroke is elsewhere in the file; its diagnostics are awaited
 * before the next round.
 */
async function requestsAfterEdit(server: Server, kind: Kind, doc: Doc, targets: readonly Position[], positions: readonly Position[], count: number): Promise<RequestRun> {
  const times: number[] = [];
  let detail = 0;
  const where = spread(positions, count);
  for (let i = 0; i < count; i++) {
    const mark = server.publishes.length;
    const version = await doc.typeDigit(server, targets[(i * 31 + 5) % targets.length]);
    const { ms, detail: d } = await request(server, kind, doc.uri, where[i]);
    times.push(ms);
    detail = kind === 'hover' ? detail + d : Math.max(detail, d);
    await server.published(doc.uri, version, mark);
    await quiet(server);
  }
  return { ...stat(times), detail };
}

// ------------------------------------------------------------------ scenario 1 and 2: the big plan

interface BigResults {
  readonly lines: number;
  readonly totalLines: number;
  readonly diagnostics: number;
  readonly startup: number;
  readonly ping: Stat;
  readonly edits: EditRun;
  readonly bursts: number[];
  readonly burstSize: number;
  readonly burstGap: number;
  readonly requests: [string, RequestRun][];
  readonly inProcessEdit: number;
  readonly inProcessLint: number;
  readonly inProcessParse: number;
  readonly jsonParse: number;
}

async function benchBigPlan(chain: Chain): Promise<BigResults> {
  const folder = writeWorkspace(chain.files, 'baton-bench-lsp-plan-');
  const totalLines = [...chain.files.values()].reduce((n, text) => n + text.split('\n').length, 0);
  const doc = new Doc(pathToFileURL(join(folder, chain.big)).href, chain.files.get(chain.big)!.split('\n'));
  const server = await Server.start(folder, 'plan');
  try {
    await server.ready();
    await server.until('the first scan', () => server.progress.some((p) => p.kind === 'end'));
    const diagnostics = (await doc.open(server)).diagnostics.length;
    await quiet(server);
    const pings: number[] = [];
    for (let i = 0; i < 200; i++) pings.push(await server.ping());

    const { marks } = chain;
    const edits = await singleEdits(server, doc, marks.targets, EDITS);
    const burstSize = 6;
    const burstGap = 50;
    const burstTimes = await bursts(server, doc, marks.targets, Math.max(5, Math.round(EDITS / 5)), burstSize, burstGap);

    const requests: [string, RequestRun][] = [];
    requests.push(['hover on an indicator name', await settledRequests(server, 'hover', doc, marks.names, EDITS)]);
    requests.push(['hover on a target', await settledRequests(server, 'hover', doc, marks.targets, EDITS)]);
    requests.push(['completion at a statement start (indicator body)', await settledRequests(server, 'completion', doc, marks.bodyStarts, EDITS)]);
    requests.push(['completion at a statement start (plan body)', await settledRequests(server, 'completion', doc, marks.planStarts, EDITS)]);
    requests.push(['completion after `职责`', await settledRequests(server, 'completion', doc, marks.afterDuty, EDITS)]);
    requests.push(['completion after `检查主体`', await settledRequests(server, 'completion', doc, marks.afterInspector, EDITS)]);
    const afterEdits = Math.max(5, Math.round(EDITS / 2));
    requests.push(['hover on a target, sent right after a keystroke', await requestsAfterEdit(server, 'hover', doc, marks.targets, marks.targets, afterEdits)]);
    requests.push(['completion after `职责`, sent right after a keystroke', await requestsAfterEdit(server, 'completion', doc, marks.targets, marks.afterDuty, afterEdits)]);

    // In-process: what one edit needs (model rebuild with the other files cached, lint of the chain).
    const keyed = new Map([...chain.files].map(([path, text]) => [`/w/${path}`, text]));
    const bigKey = `/w/${chain.big}`;
    const cache = new ParseCache();
    buildModel(keyed, cache);
    const plans = [...keyed.keys()].filter((key) => !key.endsWith('duties.baton'));
    let flip = 0;
    const inProcessEdit = best(() => {
      keyed.set(bigKey, `${chain.files.get(chain.big)!}// ${flip++}\n`);
      const model = buildModel(keyed, cache);
      for (const key of plans) lintFile(model, key, { today: TODAY });
    });
    const model = buildModel(keyed, cache);
    const inProcessLint = best(() => { lintFile(model, bigKey, { today: TODAY }); });
    const inProcessParse = best(() => { parse(chain.files.get(chain.big)!); });
    const jsonParse = best(() => JSON.parse(chain.json), 20);

    return {
      lines: doc.lines.length, totalLines, diagnostics, startup: server.startup, ping: stat(pings), edits, bursts: burstTimes, burstSize, burstGap,
      requests, inProcessEdit, inProcessLint, inProcessParse, jsonParse,
    };
  } finally {
    await server.stop().catch(() => server.child.kill());
    if (!KEEP) rmSync(folder, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ scenario 3: a 1,000-file workspace

interface ScanResults {
  readonly files: number;
  readonly lines: number;
  readonly startup: number;
  readonly progressBegin: number | undefined;
  readonly firstPublish: number;
  readonly allPublished: number;
  readonly progressEnd: number | undefined;
  readonly cli: number;
  readonly inProcess: number;
  readonly jsonParse: number;
  /** A township plan of the workspace edited. */
  readonly town: EditRun;
  readonly townRequests: [string, RequestRun][];
  /** The province plan edited: every plan below it is re-checked. */
  readonly province: EditRun;
  readonly inProcessRebuild: number;
  readonly inProcessTown: number;
}

/** Wall time of a child process, ms. */
function timeProcess(args: readonly string[]): Promise<number> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 || code === 1 ? done(performance.now() - start) : fail(new Error(`${args.join(' ')} exited with ${code}: ${stderr}`))));
  });
}

/** Positions in a generated plan: the first digit of each target, and the end of each `检查主体` reference. */
function ladderMarks(lines: readonly string[]): { targets: Position[]; afterInspector: Position[] } {
  const targets: Position[] = [];
  const afterInspector: Position[] = [];
  lines.forEach((text, line) => {
    const target = /^(\s+目标\s+[≥≤]\s*)\d/.exec(text);
    if (target !== null) targets.push({ line, character: target[1].length });
    if (/^\s{4}检查主体\s+\S+$/.test(text)) afterInspector.push({ line, character: text.length });
  });
  return { targets, afterInspector };
}

async function benchScan(): Promise<ScanResults> {
  const ladder = generateLadder(CITIES, COUNTIES, TOWNSHIPS);
  const files = new Map([...ladder.files].map(([key, text]) => [key.replace(/^\/bench\//, ''), text]));
  const folder = writeWorkspace(files, 'baton-bench-lsp-scan-');
  const lines = [...files.values()].reduce((n, text) => n + text.split('\n').length, 0);
  const townPath = [...files.keys()].filter((path) => /\/town\d+\.baton$/.test(path))[Math.floor(files.size / 3)] ?? [...files.keys()].find((path) => path.includes('/town'))!;
  const townKey = `/w/${townPath}`;
  try {
    const server = await Server.start(folder, 'scan');
    let result: Omit<ScanResults, 'cli' | 'inProcess' | 'jsonParse' | 'inProcessRebuild' | 'inProcessTown'>;
    try {
      await server.ready();
      const uris = new Set([...files.keys()].map((path) => pathToFileURL(join(folder, path)).href));
      const seen = new Set<string>();
      let allAt = 0;
      let checked = 0;
      await server.until('diagnostics of every file', () => {
        for (; checked < server.publishes.length; checked++) {
          const p = server.publishes[checked];
          if (uris.has(p.params.uri) && !seen.has(p.params.uri)) {
            seen.add(p.params.uri);
            if (seen.size === uris.size) allAt = p.at;
          }
        }
        return seen.size === uris.size;
      });
      await server.until('the end of the first scan', () => server.progress.some((p) => p.kind === 'end'), 30_000).catch(() => undefined);
      const at = (kind: string) => server.progress.find((p) => p.kind === kind)?.at;
      const since = (time: number | undefined) => (time === undefined ? undefined : time - server.initializedAt);
      const scan = {
        files: files.size,
        lines,
        startup: server.startup,
        progressBegin: since(at('begin')),
        firstPublish: server.publishes[0].at - server.initializedAt,
        allPublished: allAt - server.initializedAt,
        progressEnd: since(at('end')),
      };
      await quiet(server);

      // Typing in one township plan of the big workspace.
      const town = new Doc(pathToFileURL(join(folder, townPath)).href, files.get(townPath)!.split('\n'));
      const townMarks = ladderMarks(town.lines);
      await town.open(server);
      await quiet(server);
      const townEdits = await singleEdits(server, town, townMarks.targets, Math.max(5, Math.round(EDITS / 2)));
      const count = Math.max(5, Math.round(EDITS / 2));
      const townRequests: [string, RequestRun][] = [
        ['completion after `检查主体`', await settledRequests(server, 'completion', town, townMarks.afterInspector, count)],
        ['completion after `检查主体`, sent right after a keystroke', await requestsAfterEdit(server, 'completion', town, townMarks.targets, townMarks.afterInspector, count)],
      ];
      // Typing in the province plan: every plan below it is affected.
      const province = new Doc(pathToFileURL(join(folder, 'province.baton')).href, files.get('province.baton')!.split('\n'));
      await province.open(server);
      await quiet(server);
      const provinceEdits = await singleEdits(server, province, ladderMarks(province.lines).targets, 3, 1);
      result = { ...scan, town: townEdits, townRequests, province: provinceEdits };
    } finally {
      await server.stop().catch(() => server.child.kill());
    }
    // Baselines: the CLI checking the same folder in a new process (cold, like the server), and
    // the same work in this (warm) process: read the files, build the model, lint every file.
    const cliArgs = [CLI, 'check', '--format', 'json', '--date', TODAY, folder];
    const cli = Math.min(await timeProcess(cliArgs), await timeProcess(cliArgs));
    const inProcess = best(() => {
      const texts = new Map<string, string>();
      for (const path of files.keys()) texts.set(`/w/${path}`, readFileSync(join(folder, path), 'utf8'));
      const model = buildModel(texts);
      for (const key of model.uris) lintFile(model, key, { today: TODAY });
    }, 3);
    // What one keystroke in the township plan needs in-process: rebuild the model (parses
    // cached but the edited file's) and lint the files the server re-checks.
    const keyed = new Map([...files].map(([path, text]) => [`/w/${path}`, text]));
    const cache = new ParseCache();
    buildModel(keyed, cache);
    let flip = 0;
    const rebuilt = () => {
      keyed.set(townKey, `${files.get(townPath)!}// ${flip++}\n`);
      return buildModel(keyed, cache);
    };
    const inProcessRebuild = best(() => { rebuilt(); });
    const related = (model: ReturnType<typeof buildModel>) => {
      const plan = model.files.get(townKey)!.plans[0];
      return new Set([townKey, ...plan.ancestors.map((a) => a.uri), ...model.files.get(townKey)!.imports.flatMap((i) => (i.target === undefined ? [] : [i.target]))]);
    };
    const inProcessTown = best(() => {
      const model = rebuilt();
      for (const key of related(model)) lintFile(model, key, { today: TODAY });
    });
    const jsonParse = best(() => JSON.parse(ladder.json), 10);
    return { ...result, cli, inProcess, jsonParse, inProcessRebuild, inProcessTown };
  } finally {
    if (!KEEP) rmSync(folder, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ profiles

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Maps a bundle position (0-based line and column) to its source `file:line`, with the bundle's source map. */
function sourceMapper(mapPath: string): (line: number, column: number) => string | undefined {
  if (!existsSync(mapPath)) return () => undefined;
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const digit = new Map([...BASE64].map((c, i) => [c, i]));
  /** Per generated line: [generated column, source index, original line] triples. */
  const lines: number[][] = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  for (const text of map.mappings.split(';')) {
    const segments: number[] = [];
    let column = 0;
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const d = digit.get(c) ?? 0;
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        originalLine += values[2];
        originalColumn += values[3];
        segments.push(column, source, originalLine);
      }
    }
    lines.push(segments);
  }
  return (line, column) => {
    const segments = lines[line];
    if (segments === undefined || segments.length === 0) return undefined;
    let found = 0;
    for (let i = 0; i < segments.length; i += 3) if (segments[i] <= column) found = i;
    return `${map.sources[segments[found + 1]].replace(/^(\.\.\/)+/, '')}:${segments[found + 2] + 1}`;
  };
}

/** Top functions of a profile by self and by inclusive time, with the source module of each. */
function summarizeProfile(path: string, sourceOf: (line: number, column: number) => string | undefined, top = 15): string[] {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: ProfileNode) => {
    const frame = node.callFrame;
    const name = frame.functionName || '(anonymous)';
    if (frame.url.endsWith('server.cjs')) return `${name} — ${sourceOf(frame.lineNumber, frame.columnNumber) ?? `server.cjs:${frame.lineNumber + 1}`}`;
    if (frame.url === '') return name;
    return `${name} — ${frame.url.replace(/^.*node_modules\//, '').replace(/^node:/, 'node:')}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    let node = byId.get(id);
    if (node === undefined) return;
    const selfKey = keyOf(node);
    self.set(selfKey, (self.get(selfKey) ?? 0) + ms);
    const seen = new Set<string>();
    while (node !== undefined) {
      const key = keyOf(node);
      if (!seen.has(key)) {
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
      const up = parent.get(node.id);
      node = up === undefined ? undefined : byId.get(up);
    }
  });
  const idle = (key: string) => key.startsWith('(idle)') || key.startsWith('(root)') || key.startsWith('(program)');
  const busy = total - (self.get('(idle)') ?? 0);
  const out = [`Profile ${relative(ROOT, path)}: ${total.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms busy (not idle)`, '', '| self ms | % of busy | function — source |', '| --- | --- | --- |'];
  for (const [key, ms] of [...self].filter(([key]) => key !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`| ${ms.toFixed(0)} | ${((ms / busy) * 100).toFixed(1)} | ${key} |`);
  out.push('', '| inclusive ms | function — source (server code only) |', '| --- | --- |');
  const ours = [...inclusive].filter(([key]) => !idle(key) && key.includes(' — server/src/')).sort((a, b) => b[1] - a[1]).slice(0, top + 10);
  for (const [key, ms] of ours) out.push(`| ${ms.toFixed(0)} | ${key} |`);
  return out;
}

// ------------------------------------------------------------------ report

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '—' : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const ratio = (value: number | undefined, base: number) => (value === undefined || !(base > 0) ? '—' : `${(value / base).toFixed(1)}×`);

async function main(): Promise<void> {
  for (const built of [BUILT_SERVER, BUILT_CLI]) if (!existsSync(built)) throw new Error(`${built} not found: run \`npm run build\` first`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const [from, to] of [[BUILT_SERVER, SERVER], [BUILT_CLI, CLI]]) {
    copyFileSync(from, to);
    if (existsSync(`${from}.map`)) copyFileSync(`${from}.map`, `${to}.map`);
  }
  const loadBefore = loadavg()[0];
  const delay = configuredDelay();
  const chain = generateChain(INDICATORS);
  const big = await benchBigPlan(chain);
  const scan = await benchScan();
  const nodeStart = Math.min(await timeProcess(['-e', '0']), await timeProcess(['-e', '0']), await timeProcess(['-e', '0']));
  const loadAfter = loadavg()[0];
  const net = (value: number) => value - (delay ?? 0);

  console.log(`Baton language server latency over stdio (dist/server.cjs, Node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after${PROFILE ? '; UNDER THE CPU PROFILER: figures inflated' : ''})`);
  console.log(`The server re-checks ${delay === undefined ? '(CHANGE_DELAY not found in server/src/lsp/server.ts)' : `${delay} ms`} after the first change of a burst (CHANGE_DELAY in server/src/lsp/server.ts); "net" = latency − that delay.`);
  console.log('');
  console.log(`### A ${big.lines.toLocaleString('en-US')}-line plan under a three-level chain`);
  console.log('');
  console.log(`${INDICATORS} indicators, each matched in the 3 ancestors (province → city → county), every tenth escalated; ${big.diagnostics} diagnostics. Workspace: ${chain.files.size} files, ${big.totalLines.toLocaleString('en-US')} lines. Server start (spawn → initialize answered): ${ms(big.startup)}; \`node -e 0\` in the same run (best of 3): ${ms(nodeStart)}.`);
  console.log('');
  const header = () => {
    console.log('| measure | p50 | p95 | n | net p50 / p95 | baseline (same run) | p50 ÷ baseline |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
  };
  header();
  const rpc = `JSON-RPC round trip ${ms(big.ping.p50)}`;
  const row = (name: string, values: readonly number[], netted: boolean, baseName: string, base: number) => {
    const s = stat(values);
    const nets = netted ? `${ms(net(s.p50))} / ${ms(net(s.p95))}` : '—';
    console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${s.n} | ${nets} | ${baseName} | ${ratio(netted ? net(s.p50) : s.p50, base)}${netted ? ' (net)' : ''} |`);
  };
  const requestRow = (name: string, r: RequestRun) => {
    const detail = name.startsWith('hover') ? (r.detail > 0 ? ` (${r.detail} answered null)` : '') : ` (${r.detail} items)`;
    console.log(`| ${name}${detail} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.n} | — | ${rpc} | ${ratio(r.p50, big.ping.p50)} |`);
  };
  console.log(`| JSON-RPC round trip: a request with no handler (MethodNotFound) | ${ms(big.ping.p50)} | ${ms(big.ping.p95)} | ${big.ping.n} | — | (the baseline) | 1.0× |`);
  row('didChange (one digit of a target) → publishDiagnostics of that version', big.edits.own, true, `in-process rebuild + lint of the 4 plans ${ms(big.inProcessEdit)}`, big.inProcessEdit);
  row(`… → the last publish it causes (${big.edits.files} files)`, big.edits.round, true, `in-process parse of the plan ${ms(big.inProcessParse)}`, big.inProcessParse);
  row(`typing burst (${big.burstSize} digits ${big.burstGap} ms apart): last keystroke → its diagnostics`, big.bursts, false, `in-process rebuild + lint ${ms(big.inProcessEdit)}`, big.inProcessEdit);
  for (const [name, r] of big.requests) requestRow(name, r);
  console.log(`| (in-process, best of 5) parse of the plan | ${ms(big.inProcessParse)} | — | — | — | JSON.parse of the plan as objects ${ms(big.jsonParse)} | ${ratio(big.inProcessParse, big.jsonParse)} |`);
  console.log(`| (in-process, best of 5) lint of the plan, model built | ${ms(big.inProcessLint)} | — | — | — | JSON.parse of the plan as objects ${ms(big.jsonParse)} | ${ratio(big.inProcessLint, big.jsonParse)} |`);
  console.log('');
  console.log(`### A ${scan.files.toLocaleString('en-US')}-file workspace`);
  console.log('');
  console.log(`generateLadder(${CITIES}, ${COUNTIES}, ${TOWNSHIPS}): ${scan.files.toLocaleString('en-US')} files, ${scan.lines.toLocaleString('en-US')} lines, on disk. Server start (spawn → initialize answered): ${ms(scan.startup)}.`);
  console.log('');
  console.log('| from `initialized` to | time | ÷ `baton check` of the folder, new process (cold) | ÷ same work in-process (warm) | ÷ JSON.parse of the plans as objects |');
  console.log('| --- | --- | --- | --- | --- |');
  const scanRow = (name: string, value: number | undefined) => console.log(`| ${name} | ${ms(value)} | ${ratio(value, scan.cli)} | ${ratio(value, scan.inProcess)} | ${ratio(value, scan.jsonParse)} |`);
  scanRow('`$/progress` begin arrives', scan.progressBegin);
  scanRow('first publishDiagnostics', scan.firstPublish);
  scanRow(`diagnostics of all ${scan.files.toLocaleString('en-US')} files published`, scan.allPublished);
  scanRow('`$/progress` end of the first scan', scan.progressEnd);
  console.log('');
  console.log(`Baselines: \`baton check --format json\` of the same folder (new Node process, best of 2) ${ms(scan.cli)}; in-process read + buildModel + lintFile of every file (warm, best of 3) ${ms(scan.inProcess)}; JSON.parse of the same plans as objects ${ms(scan.jsonParse)}.`);
  console.log('');
  header();
  row('township plan: didChange → publishDiagnostics of that version', scan.town.own, true, `in-process rebuild of the model + lint of the related files ${ms(scan.inProcessTown)}`, scan.inProcessTown);
  row(`… → the last publish it causes (${scan.town.files} files)`, scan.town.round, true, `in-process model rebuild alone ${ms(scan.inProcessRebuild)}`, scan.inProcessRebuild);
  for (const [name, r] of scan.townRequests) requestRow(`township plan: ${name}`, r);
  row('province plan: didChange → publishDiagnostics of that version', scan.province.own, true, `in-process model rebuild alone ${ms(scan.inProcessRebuild)}`, scan.inProcessRebuild);
  row(`… → the last publish it causes (${scan.province.files} files)`, scan.province.round, true, `in-process read + model + lint of every file ${ms(scan.inProcess)}`, scan.inProcess);

  if (PROFILE) {
    const sourceOf = sourceMapper(`${SERVER}.map`);
    for (const name of readdirSync(PROFILE_DIR).filter((file) => file.endsWith('.cpuprofile')).sort()) {
      console.log('');
      for (const line of summarizeProfile(resolve(PROFILE_DIR, name), sourceOf)) console.log(line);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
