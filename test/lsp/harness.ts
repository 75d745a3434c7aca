/**
 * A minimal LSP client for protocol tests: spawns the bundled dist/server.cjs over stdio,
 * answers the server's requests (configuration, registration, progress creation), and
 * records what it publishes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities, ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, type InitializeResult, LogMessageNotification,
  type ProtocolConnection, PublishDiagnosticsNotification, type PublishDiagnosticsParams, RegistrationRequest,
  ShutdownRequest, StreamMessageReader, StreamMessageWriter, type Registration, WorkDoneProgressCreateRequest, WorkDoneProgress,
  type FileEvent, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export interface ProgressParams {
  readonly token: string | number;
  readonly value: unknown;
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown content too). */
export function messageOf(diagnostic: { message: string | { value: string } }): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** Applies LSP text edits (non-overlapping) to a text, as an editor does. */
export function applyTextEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }): number => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}

export const ROOT = join(import.meta.dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.cjs');

/** A temporary folder holding the given files (paths relative to it). */
export function makeWorkspace(files: Record<string, string>, name = 'baton-lsp-'): string {
  const folder = mkdtempSync(join(tmpdir(), name));
  writeFiles(folder, files);
  return folder;
}

export function writeFiles(folder: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(folder, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

export function removeWorkspace(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

export function uriOf(folder: string, path: string): string {
  return pathToFileURL(join(folder, path)).href;
}

export interface StartOptions {
  readonly folders: readonly string[];
  readonly locale?: string;
  readonly initializationOptions?: Record<string, unknown>;
  /** Answer to `workspace/configuration` for the `baton` section. */
  readonly settings?: Record<string, unknown>;
  readonly capabilities?: ClientCapabilities;
}

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: false },
    inlayHint: { refreshSupport: true },
    codeLens: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
  },
  window: { workDoneProgress: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
    synchronization: { didSave: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly publishes = new Map<string, number>();
  readonly progress: ProgressParams[] = [];
  readonly progressTokens: unknown[] = [];
  readonly registrations: Registration[] = [];
  readonly logs: string[] = [];
  /** Methods of `workspace/…/refresh` requests received, in order. */
  readonly refreshes: string[] = [];
  stderr = '';
  settings: Record<string, unknown>;
  private readonly versions = new Map<string, number>();
  private readonly waiters: (() => void)[] = [];
  private exited = false;
  private readonly exitPromise: Promise<number | null>;

  private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection, settings: Record<string, unknown>) {
    this.settings = settings;
    this.exitPromise = new Promise((resolve) => {
      process.on('exit', (code) => {
        this.exited = true;
        resolve(code);
      });
    });
    process.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.publishes.set(params.uri, (this.publishes.get(params.uri) ?? 0) + 1);
      this.notify();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progressTokens.push(params.token);
      connection.onProgress(WorkDoneProgress.type, params.token, (value) => {
        this.progress.push({ token: params.token, value });
        this.notify();
      });
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    for (const method of ['workspace/inlayHint/refresh', 'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']) {
      connection.onRequest(method, () => {
        this.refreshes.push(method);
        this.notify();
        return null;
      });
    }
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'baton' ? this.settings : null)));
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options.settings ?? {});
    connection.listen();
    const result: InitializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      workspaceFolders: options.folders.map((folder, i) => ({ uri: pathToFileURL(folder).href, name: `folder${i}` })),
      initializationOptions: { today: '2026-06-30', ...options.initializationOptions },
    });
    client.initializeResult = result;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  initializeResult: InitializeResult | undefined;

  /** The version of the last text sent for an open document. */
  versionOf(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** How many times diagnostics of `uri` were published. */
  publishCount(uri: string): number {
    return this.publishes.get(uri) ?? 0;
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Waits until `predicate` holds, re-checking after every notification. */
  async until<T>(what: string, predicate: () => T | undefined | false, timeout = 10000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = predicate();
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr}; logs: ${this.logs.join('\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for diagnostics of `uri` satisfying `predicate`. */
  async diagnosticsOf(uri: string, predicate: (d: PublishDiagnosticsParams) => boolean = () => true, timeout?: number): Promise<PublishDiagnosticsParams> {
    return this.until(`diagnostics of ${uri}`, () => {
      const params = this.diagnostics.get(uri);
      return params !== undefined && predicate(params) ? params : undefined;
    }, timeout);
  }

  /** Waits for the end of the first workspace scan ($/progress `end`). */
  async scanned(): Promise<void> {
    await this.until('the first scan', () => this.progress.some((p) => (p.value as { kind?: string }).kind === 'end'));
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'baton', version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  async replace(uri: string, text: string): Promise<void> {
    await this.change(uri, [{ text }]);
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** shutdown, exit, and the process's exit code. */
  async stop(): Promise<number | null> {
    if (!this.exited) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await Promise.race([this.exitPromise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000))]);
    if (code === 'timeout') {
      this.process.kill();
      throw new Error('the server did not exit after shutdown and exit');
    }
    this.connection.dispose();
    return code;
  }

  /** Kills the process if a test failed before stopping it. */
  kill(): void {
    if (!this.exited) this.process.kill();
    this.connection.dispose();
  }
}
