/**
 * The language server: workspace state, diagnostics publishing and request handlers, each a
 * small function over the core. Every handler is guarded: an exception is logged and the
 * request answers empty, so no document can bring the server down.
 */
import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormatOptions } from '../ide/index';
import { todayOf } from '../linter/lint';
import { configDiagnostics, isConfigFile } from '../node/config-file';
import { type Locale, toLocale } from '../syntax/message';
import { LineIndex } from '../syntax/text';
import { type ConvertContext, isDiskKey, keyToUri, toLspDiagnostic, uriToKey } from './convert';
import { registerFeatures } from './features';
import {
  type BatonSettings, CONFIG_FILE_NAME, type InitializationOptions, type LocaleSetting, SETTINGS_SECTION, WATCHED_GLOBS, WATCHED_TREE_GLOB,
} from './protocol';
import { affectedBy, Workspace } from './workspace';

/** Delay between the last keystroke and re-checking, in milliseconds. */
/** Typing: diagnostics follow once the keystrokes pause this long… */
const CHANGE_DELAY = 150;
/** …but never later than this after the first keystroke of a burst. */
const CHANGE_MAX_WAIT = 500;
/** Files linted between two yields to the event loop during a full check. */
const BATCH = 25;

export interface ClientSupport {
  configurationPull: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  workspaceFolders: boolean;
  relatedInformation: boolean;
  /** The `workspace/…/refresh` requests the client supports. */
  refresh: { inlayHints: boolean; semanticTokens: boolean; codeLens: boolean };
}

export class BatonServer implements ConvertContext {
  readonly documents = new lsp.TextDocuments(TextDocument);
  workspace: Workspace;
  support: ClientSupport = {
    configurationPull: false,
    watchedFilesRegistration: false,
    configurationRegistration: false,
    workspaceFolders: false,
    relatedInformation: true,
    refresh: { inlayHints: false, semanticTokens: false, codeLens: false },
  };
  private clientLocale: Locale = 'en';
  private localeSetting: LocaleSetting = 'auto';
  /** Client-side commands the client declared it runs (`initializationOptions.clientCommands`). */
  clientCommands: ReadonlySet<string> = new Set();
  formatOptions: FormatOptions = {};
  private today: string | undefined;
  private initialFolders: string[] = [];

  /** Files changed since diagnostics were last published. */
  private readonly pending = new Set<string>();
  /** Everything must be re-checked (configuration or locale changed, first scan). */
  private everything = true;
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerDue = 0;
  /** When the current burst of edits began (for CHANGE_MAX_WAIT). */
  private burstStart: number | undefined;
  private flushing: Promise<void> | undefined;
  private again = false;
  private publishedModel: ReturnType<Workspace['currentModel']> | undefined;
  /** Keys with diagnostics published (possibly empty lists), so they can be cleared later. */
  private readonly published = new Set<string>();
  /** Configuration files with findings published, with a signature of what was sent. */
  private readonly publishedConfigs = new Map<string, string>();
  /** Resolves when the first workspace scan has been published. */
  readonly firstScan: Promise<void>;
  private resolveFirstScan: () => void = () => undefined;

  constructor(readonly connection: lsp.Connection) {
    this.workspace = new Workspace(() => this.today ?? todayOf());
    this.firstScan = new Promise((resolve) => {
      this.resolveFirstScan = resolve;
    });
  }

  get locale(): Locale {
    return this.localeSetting === 'auto' ? this.clientLocale : this.localeSetting;
  }

  linesOf(key: string): LineIndex | undefined {
    return this.workspace.linesOf(key);
  }

  uriOf(key: string): string {
    return this.workspace.uriOf(key);
  }

  // --------------------------------------------------------------- guards

  /** Runs a handler; an exception is logged and `fallback` answered instead. */
  guard<P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R): (...args: P) => R {
    return (...args: P): R => {
      try {
        const result = handler(...args);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            this.logError(name, error);
            return fallback;
          }) as R;
        }
        return result;
      } catch (error) {
        this.logError(name, error);
        return fallback;
      }
    };
  }

  logError(name: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    try {
      this.connection.console.error(`Baton: ${name} failed: ${detail}`);
    } catch {
      // The connection is gone; nothing left to tell.
    }
  }

  // --------------------------------------------------------------- lifecycle

  initialize(params: lsp.InitializeParams): lsp.InitializeResult {
    const capabilities = params.capabilities;
    this.support = {
      configurationPull: capabilities.workspace?.configuration === true,
      watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      configurationRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      workspaceFolders: capabilities.workspace?.workspaceFolders === true,
      relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation !== false,
      refresh: {
        inlayHints: capabilities.workspace?.inlayHint?.refreshSupport === true,
        semanticTokens: capabilities.workspace?.semanticTokens?.refreshSupport === true,
        codeLens: capabilities.workspace?.codeLens?.refreshSupport === true,
      },
    };
    this.clientLocale = toLocale(params.locale) ?? 'en';
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    this.applyLocaleSetting(options.locale);
    if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) this.today = options.today;
    if (Array.isArray(options.clientCommands)) this.clientCommands = new Set(options.clientCommands.filter((c) => typeof c === 'string'));

    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    this.initialFolders = folders.map((f) => uriToKey(f.uri)).filter(isDiskKey);

    const capabilitiesOut: lsp.ServerCapabilities = {
      textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental, save: { includeText: false } },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    registerFeatures(this, capabilitiesOut, params);
    return { capabilities: capabilitiesOut, serverInfo: { name: 'baton-language-server', version: SERVER_VERSION } };
  }

  async initialized(): Promise<void> {
    if (this.support.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(this.guard('didChangeWorkspaceFolders', undefined, (event: lsp.WorkspaceFoldersChangeEvent) => {
        void this.changeFolders(event).catch((error: unknown) => this.logError('didChangeWorkspaceFolders', error));
      }));
    }
    // Registrations are not awaited: the scan must not wait on a client slow to answer them.
    if (this.support.watchedFilesRegistration) {
      this.connection.client.register(lsp.DidChangeWatchedFilesNotification.type, {
        watchers: [
          ...WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
          { globPattern: WATCHED_TREE_GLOB, kind: lsp.WatchKind.Create | lsp.WatchKind.Delete },
        ],
      }).catch((error: unknown) => this.logError('registering file watchers', error));
    }
    if (this.support.configurationRegistration) {
      this.connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((error: unknown) => this.logError('registering for settings changes', error));
    }
    try {
      await this.pullSettings();
    } catch (error) {
      this.logError('reading the settings', error);
    }
    await this.scan(this.initialFolders);
  }

  /** The first scan: reads every folder, checks every file, with `$/progress` where the client supports it. */
  private async scan(folders: readonly string[]): Promise<void> {
    const progress = await this.connection.window.createWorkDoneProgress();
    try {
      progress.begin(this.locale === 'zh-CN' ? 'Baton：正在检查工作区' : 'Baton: checking the workspace', 0, undefined, false);
      for (const [index, folder] of folders.entries()) {
        progress.report(Math.round((index / Math.max(1, folders.length)) * 20), this.locale === 'zh-CN' ? `正在读取 ${folder}` : `Reading ${folder}`);
        // Reading a folder blocks: let the progress message go out first.
        await yieldToEventLoop();
        try {
          this.workspace.addFolder(folder);
        } catch (error) {
          this.logError(`reading ${folder}`, error);
        }
      }
      this.ready = true;
      this.everything = true;
      await this.flush(progress);
    } finally {
      progress.done();
      this.resolveFirstScan();
    }
  }

  async changeFolders(event: lsp.WorkspaceFoldersChangeEvent): Promise<void> {
    for (const folder of event.removed) {
      const key = uriToKey(folder.uri);
      for (const gone of this.workspace.removeFolder(key)) this.pending.add(gone);
    }
    for (const folder of event.added) {
      const key = uriToKey(folder.uri);
      if (!isDiskKey(key)) continue;
      for (const file of this.workspace.addFolder(key)) this.pending.add(file);
    }
    this.schedule(0);
  }

  // --------------------------------------------------------------- settings

  private applyLocaleSetting(value: unknown): boolean {
    const next: LocaleSetting = value === 'en' || value === 'zh-CN' ? value : 'auto';
    const before = this.locale;
    this.localeSetting = next;
    return before !== this.locale;
  }

  private async pullSettings(): Promise<void> {
    if (!this.support.configurationPull) return;
    const settings = (await this.connection.workspace.getConfiguration(SETTINGS_SECTION)) as BatonSettings | null;
    if (settings !== null && typeof settings === 'object') this.settingsChanged(settings);
  }

  private settingsChanged(settings: BatonSettings | undefined): void {
    this.formatOptions = { asciiPunctuation: settings?.format?.asciiPunctuation === true };
    // A client without the setting keeps the locale of `initializationOptions`.
    if (settings?.locale !== undefined && this.applyLocaleSetting(settings.locale)) {
      this.everything = true;
      this.schedule(0);
    }
  }

  async configurationChanged(params: lsp.DidChangeConfigurationParams): Promise<void> {
    if (this.support.configurationPull) {
      await this.pullSettings();
      return;
    }
    const settings = (params.settings as { baton?: BatonSettings } | null)?.baton;
    this.settingsChanged(settings);
  }

  // --------------------------------------------------------------- documents

  documentOpened(document: TextDocument): void {
    const key = uriToKey(document.uri);
    if (!Workspace.isBatonDocument(document, key)) return;
    this.workspace.openDocument(key, document.uri, document);
    this.pending.add(key);
    this.schedule(0);
  }

  documentChanged(document: TextDocument): void {
    const key = uriToKey(document.uri);
    if (!this.workspace.isOpen(key)) return;
    this.workspace.documentChanged();
    this.pending.add(key);
    this.schedule(CHANGE_DELAY);
  }

  documentClosed(document: TextDocument): void {
    const key = uriToKey(document.uri);
    if (!this.workspace.isOpen(key)) return;
    this.workspace.closeDocument(key);
    // The text falls back to the file on disk (unsaved changes are gone).
    for (const changed of this.workspace.diskChanged(key, false)) this.pending.add(changed);
    this.pending.add(key);
    this.schedule(0);
  }

  watchedFilesChanged(params: lsp.DidChangeWatchedFilesParams): void {
    let configs = false;
    for (const change of params.changes) {
      const key = uriToKey(change.uri);
      if (!isDiskKey(key)) continue;
      const deleted = change.type === lsp.FileChangeType.Deleted;
      if (key.endsWith(`/${CONFIG_FILE_NAME}`)) {
        configs = true;
        continue;
      }
      // A deleted folder takes its configuration files with it.
      if (deleted && this.workspace.configs.loaded().some((config) => config.path.startsWith(`${key}/`))) configs = true;
      for (const changed of this.workspace.diskChanged(key, deleted)) this.pending.add(changed);
      // A new file may complete an import that was missing, or be in a folder of the workspace.
      if (!deleted && key.endsWith('.baton')) this.pending.add(key);
    }
    if (configs) {
      this.workspace.reloadConfigs();
      this.everything = true;
    }
    this.schedule(0);
  }

  // --------------------------------------------------------------- diagnostics

  /**
   * Publishes diagnostics after `delay` ms. A delay of 0 (open, save, files changed on disk)
   * wins over a pending typing delay; a typing delay restarts on every keystroke (a trailing
   * debounce), capped at CHANGE_MAX_WAIT after the first keystroke of the burst.
   */
  schedule(delay: number): void {
    const now = Date.now();
    let due = now + delay;
    if (delay > 0) {
      this.burstStart ??= now;
      due = Math.min(due, this.burstStart + CHANGE_MAX_WAIT);
      // An immediate publication is already pending: it will take these changes too.
      if (this.timer !== undefined && this.timerDue <= now) return;
    } else if (this.timer !== undefined && this.timerDue <= due) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.burstStart = undefined;
      void this.flush().catch((error: unknown) => this.logError('publishing diagnostics', error));
    }, Math.max(0, due - now));
  }

  /** Re-checks the files affected by the pending changes and publishes their diagnostics. */
  async flush(progress?: lsp.WorkDoneProgressServerReporter): Promise<void> {
    if (!this.ready) return;
    if (this.flushing !== undefined) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.publishDiagnostics(progress);
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
    }
    if (this.again) {
      this.again = false;
      this.schedule(0);
    }
  }

  private async publishDiagnostics(progress?: lsp.WorkDoneProgressServerReporter): Promise<void> {
    const before = this.publishedModel;
    const model = this.workspace.currentModel();
    const publishable = this.workspace.publishable();
    const changed = new Set(this.pending);
    this.pending.clear();
    const all = this.everything || before === undefined;
    this.everything = false;
    const affected = all ? publishable : affectedBy(changed, [before, model]);
    this.publishedModel = model;

    for (const key of [...this.published]) {
      if (publishable.has(key)) continue;
      this.published.delete(key);
      await this.connection.sendDiagnostics({ uri: this.uriOf(key), diagnostics: [] });
    }
    // Open documents first: they are what the user is looking at.
    const open = (key: string): number => (this.workspace.isOpen(key) ? 0 : 1);
    const keys = [...affected].filter((key) => publishable.has(key)).sort((a, b) => open(a) - open(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const [index, key] of keys.entries()) {
      if (this.workspace.currentModel() !== model) {
        // A newer edit arrived: the next round re-checks from the new model.
        for (const rest of keys.slice(index)) this.pending.add(rest);
        this.again = true;
        break;
      }
      this.publishFile(key);
      if (index % BATCH === BATCH - 1) {
        progress?.report(20 + Math.round((index / keys.length) * 80), `${index + 1}/${keys.length}`);
        await yieldToEventLoop();
      }
    }
    await this.publishConfigs(all);
    // Inlay hints (the parent's target), code lenses and semantic tokens of other open
    // documents depend on what changed too: ask the client to fetch them again.
    if (all || keys.some((key) => this.workspace.isOpen(key) && !changed.has(key))) this.refreshViews();
  }

  private refreshViews(): void {
    const refresh = this.support.refresh;
    const send = (type: lsp.ProtocolRequestType0<void, void, void, void>): void => {
      this.connection.sendRequest(type).catch((error: unknown) => this.logError(type.method, error));
    };
    if (refresh.inlayHints) send(lsp.InlayHintRefreshRequest.type);
    if (refresh.codeLens) send(lsp.CodeLensRefreshRequest.type);
    if (refresh.semanticTokens) send(lsp.SemanticTokensRefreshRequest.type);
  }

  private publishFile(key: string): void {
    try {
      const lines = this.workspace.linesOf(key) ?? new LineIndex('');
      const diagnostics = this.workspace.lint(key).diagnostics.map((d) => toLspDiagnostic(this, lines, d));
      const version = this.workspace.versionOf(key);
      void this.connection.sendDiagnostics({ uri: this.uriOf(key), version, diagnostics });
      this.published.add(key);
    } catch (error) {
      this.logError(`checking ${key}`, error);
    }
  }

  /** Findings of the configuration files in use, on the configuration file itself. */
  private async publishConfigs(all: boolean): Promise<void> {
    const seen = new Set<string>();
    for (const result of this.workspace.configs.loaded()) {
      seen.add(result.path);
      let diagnostics: lsp.Diagnostic[];
      if (isConfigFile(result)) {
        const lines = new LineIndex(result.text);
        diagnostics = configDiagnostics(result).map((d) => toLspDiagnostic(this, lines, d));
      } else {
        diagnostics = [{
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: lsp.DiagnosticSeverity.Error,
          code: 'invalid-config',
          source: 'baton',
          message: this.locale === 'zh-CN' ? `无法读取配置文件：${result.message}` : `Cannot read the configuration file: ${result.message}`,
        }];
      }
      const signature = JSON.stringify(diagnostics);
      if (!all && this.publishedConfigs.get(result.path) === signature) continue;
      this.publishedConfigs.set(result.path, signature);
      await this.connection.sendDiagnostics({ uri: keyToUri(result.path), diagnostics });
    }
    for (const path of [...this.publishedConfigs.keys()]) {
      if (seen.has(path)) continue;
      this.publishedConfigs.delete(path);
      await this.connection.sendDiagnostics({ uri: keyToUri(path), diagnostics: [] });
    }
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

declare const BATON_VERSION: string | undefined;
const SERVER_VERSION = typeof BATON_VERSION === 'string' ? BATON_VERSION : '0.1.0';

/** Wires a connection to a new server and starts listening. */
export function startServer(connection: lsp.Connection): BatonServer {
  const server = new BatonServer(connection);
  const guard = server.guard.bind(server);
  connection.onInitialize(guard('initialize', { capabilities: {} }, (params: lsp.InitializeParams) => server.initialize(params)));
  connection.onInitialized(guard('initialized', undefined, () => {
    void server.initialized().catch((error: unknown) => server.logError('initialized', error));
  }));
  connection.onDidChangeConfiguration(guard('didChangeConfiguration', undefined, (params: lsp.DidChangeConfigurationParams) => {
    void server.configurationChanged(params).catch((error: unknown) => server.logError('didChangeConfiguration', error));
  }));
  connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, (params: lsp.DidChangeWatchedFilesParams) => server.watchedFilesChanged(params)));
  server.documents.onDidOpen(guard('didOpen', undefined, (event: lsp.TextDocumentChangeEvent<TextDocument>) => server.documentOpened(event.document)));
  server.documents.onDidChangeContent(guard('didChange', undefined, (event: lsp.TextDocumentChangeEvent<TextDocument>) => server.documentChanged(event.document)));
  server.documents.onDidClose(guard('didClose', undefined, (event: lsp.TextDocumentChangeEvent<TextDocument>) => server.documentClosed(event.document)));
  connection.onShutdown(() => undefined);
  server.documents.listen(connection);
  connection.listen();
  return server;
}
