/**
 * The VS Code client, without VS Code: client/src/extension.ts is bundled with `vscode` and
 * `vscode-languageclient/node` left external, then run against small fakes of both, to
 * check how it starts the server and what its commands do.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './harness';

interface FakeClient {
  id: string;
  name: string;
  serverOptions: { run: { module: string; transport: number }; debug: { module: string; transport: number; options?: { execArgv?: string[] } } };
  clientOptions: { documentSelector: unknown[]; initializationOptions: { locale: string; clientCommands: string[] } };
  started: number;
  restarted: number;
  stopped: number;
}

interface Fakes {
  clients: FakeClient[];
  commands: Map<string, (...args: unknown[]) => unknown>;
  shown: number;
  errors: string[];
  opened: string[];
  previews: string[];
  selection?: { line: number; character: number };
  revealed: number;
  startFails: boolean;
  localDocs: Set<string>;
  setting: string;
  language: string;
}

const TRANSPORT_IPC = 1;

async function loadExtension(fakes: Fakes): Promise<{ activate: (context: unknown) => Promise<void>; deactivate: () => Promise<void> }> {
  const result = await build({
    entryPoints: [join(ROOT, 'client/src/extension.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    external: ['vscode', 'vscode-languageclient/node'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;

  class Position {
    constructor(readonly line: number, readonly character: number) {}
  }
  class Selection {
    constructor(readonly anchor: Position, readonly active: Position) {}
  }
  class Range {
    constructor(readonly start: Position, readonly end: Position) {}
  }
  const uri = (value: string) => ({ toString: () => value, fsPath: value.replace(/^file:\/\//, '') });
  const editor = {
    document: { uri: uri('file:///w/a.baton'), validatePosition: (p: Position) => p },
    set selection(s: Selection) {
      fakes.selection = { line: s.active.line, character: s.active.character };
    },
    revealRange: () => {
      fakes.revealed++;
    },
  };
  const vscode = {
    Position,
    Selection,
    Range,
    Uri: {
      parse: uri,
      joinPath: (base: { toString(): string }, ...parts: string[]) => uri(`${base.toString()}/${parts.join('/')}`),
    },
    window: {
      createOutputChannel: () => ({ show: () => { fakes.shown++; }, info: () => undefined, error: () => undefined, dispose: () => undefined }),
      showErrorMessage: (message: string) => {
        fakes.errors.push(message);
        return Promise.resolve(undefined);
      },
      get visibleTextEditors() {
        return [editor];
      },
      showTextDocument: () => Promise.resolve(editor),
    },
    commands: {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        fakes.commands.set(id, handler);
        return { dispose: () => undefined };
      },
      executeCommand: (id: string, target: { toString(): string }) => {
        if (id === 'markdown.showPreview') fakes.previews.push(target.toString());
        return Promise.resolve();
      },
    },
    workspace: {
      getConfiguration: () => ({ get: (_key: string, fallback: string) => fakes.setting ?? fallback }),
      fs: {
        stat: (target: { toString(): string }) => (fakes.localDocs.has(target.toString()) ? Promise.resolve({}) : Promise.reject(new Error('ENOENT'))),
      },
    },
    env: {
      get language() {
        return fakes.language;
      },
      openExternal: (target: { toString(): string }) => {
        fakes.opened.push(target.toString());
        return Promise.resolve(true);
      },
    },
  };
  class LanguageClient {
    readonly record: FakeClient;
    constructor(id: string, name: string, serverOptions: FakeClient['serverOptions'], clientOptions: FakeClient['clientOptions']) {
      this.record = { id, name, serverOptions, clientOptions, started: 0, restarted: 0, stopped: 0 };
      fakes.clients.push(this.record);
    }
    start(): Promise<void> {
      this.record.started++;
      return fakes.startFails ? Promise.reject(new Error('spawn failed')) : Promise.resolve();
    }
    restart(): Promise<void> {
      this.record.restarted++;
      return Promise.resolve();
    }
    stop(): Promise<void> {
      this.record.stopped++;
      return Promise.resolve();
    }
  }
  const languageclient = { LanguageClient, TransportKind: { stdio: 0, ipc: TRANSPORT_IPC, pipe: 2, socket: 3 } };
  const module = { exports: {} as Record<string, unknown> };
  const fakeRequire = (id: string): unknown => {
    if (id === 'vscode') return vscode;
    if (id === 'vscode-languageclient/node') return languageclient;
    throw new Error(`unexpected require(${id})`);
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, fakeRequire);
  return module.exports as unknown as { activate: (context: unknown) => Promise<void>; deactivate: () => Promise<void> };
}

function newFakes(overrides: Partial<Fakes> = {}): Fakes {
  return {
    clients: [], commands: new Map(), shown: 0, errors: [], opened: [], previews: [], revealed: 0, startFails: false,
    localDocs: new Set(), setting: 'auto', language: 'en', ...overrides,
  };
}

const context = {
  subscriptions: [] as unknown[],
  asAbsolutePath: (relative: string) => `/ext/${relative}`,
  extensionUri: { toString: () => 'file:///ext' },
};

describe('VS Code client', function () {
  this.timeout(30000);

  it('starts the bundled server over IPC for baton documents, declaring its client-side commands', async () => {
    const fakes = newFakes({ setting: 'zh-CN' });
    const extension = await loadExtension(fakes);
    await extension.activate(context);
    assert.equal(fakes.clients.length, 1);
    const [client] = fakes.clients;
    assert.equal(client.id, 'baton');
    assert.equal(client.started, 1);
    assert.deepEqual(client.serverOptions.run, { module: '/ext/dist/server.cjs', transport: TRANSPORT_IPC });
    assert.equal(client.serverOptions.debug.module, '/ext/dist/server.cjs');
    assert.ok(client.serverOptions.debug.options?.execArgv?.some((a) => a.startsWith('--inspect')));
    assert.deepEqual(client.clientOptions.documentSelector, [{ language: 'baton' }]);
    assert.equal(client.clientOptions.initializationOptions.locale, 'zh-CN');
    assert.deepEqual(client.clientOptions.initializationOptions.clientCommands, ['baton.placeCursor', 'baton.showRuleDocumentation']);
    assert.deepEqual([...fakes.commands.keys()].sort(), ['baton.placeCursor', 'baton.restartServer', 'baton.showOutput', 'baton.showRuleDocumentation']);
    await extension.deactivate();
    assert.equal(client.stopped, 1);
  });

  it('restarts the server and shows the output on command', async () => {
    const fakes = newFakes();
    const extension = await loadExtension(fakes);
    await extension.activate(context);
    await fakes.commands.get('baton.restartServer')!();
    await fakes.commands.get('baton.showOutput')!();
    assert.equal(fakes.clients[0].restarted, 1);
    assert.equal(fakes.shown, 1);
  });

  it('places the cursor where a code action asks (after `-- ` of a new suppression)', async () => {
    const fakes = newFakes();
    const extension = await loadExtension(fakes);
    await extension.activate(context);
    await fakes.commands.get('baton.placeCursor')!('file:///w/a.baton', { line: 7, character: 34 });
    assert.deepEqual(fakes.selection, { line: 7, character: 34 });
    assert.equal(fakes.revealed, 1);
  });

  it("opens a rule's shipped documentation, else its web page", async () => {
    const fakes = newFakes({ localDocs: new Set(['file:///ext/docs/rules/escalation.md']) });
    const extension = await loadExtension(fakes);
    await extension.activate(context);
    const show = fakes.commands.get('baton.showRuleDocumentation')!;
    await show('https://github.com/baton-lang/baton/blob/main/docs/rules/escalation.md');
    await show('https://github.com/baton-lang/baton/blob/main/docs/rules/ranking.md');
    assert.deepEqual(fakes.previews, ['file:///ext/docs/rules/escalation.md']);
    assert.deepEqual(fakes.opened, ['https://github.com/baton-lang/baton/blob/main/docs/rules/ranking.md']);
  });

  it('tells the user, in their language, when the server fails to start', async () => {
    const fakes = newFakes({ startFails: true, language: 'zh-cn' });
    const extension = await loadExtension(fakes);
    await extension.activate(context);
    assert.equal(fakes.errors.length, 1);
    assert.match(fakes.errors[0], /Baton 语言服务器启动失败：spawn failed/);
  });
});
