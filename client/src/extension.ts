/**
 * The VS Code extension: starts the Baton language server (dist/server.cjs) over Node IPC
 * and adds two commands. Everything else (checking, hovers, fixes, file watching through
 * dynamic registration, settings through `workspace/configuration`) is the server's.
 */
import * as vscode from 'vscode';
import { CloseAction, type ErrorHandler, ErrorAction, LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { Commands, type InitializationOptions, LANGUAGE_ID, type LocaleSetting, SETTINGS_SECTION } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Baton', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
    errorHandler: restartOnCrash(),
    initializationOptions: {
      locale: localeSetting(),
      clientCommands: [Commands.placeCursor, Commands.showRuleDocumentation],
    } satisfies InitializationOptions,
  };
  client = new LanguageClient(LANGUAGE_ID, 'Baton', serverOptions, clientOptions);

  context.subscriptions.push(
    output,
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      if (client === undefined) return;
      output.info('Restarting the Baton language server');
      await client.restart();
    }),
    vscode.commands.registerCommand(Commands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(Commands.placeCursor, placeCursor),
    vscode.commands.registerCommand(Commands.showRuleDocumentation, (url: string) => showRuleDocumentation(context, url)),
  );

  try {
    await client.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    output.error(`The Baton language server failed to start: ${detail}`);
    const show = isChinese() ? '查看输出' : 'Show Output';
    const message = isChinese() ? `Baton 语言服务器启动失败：${detail}` : `The Baton language server failed to start: ${detail}`;
    void vscode.window.showErrorMessage(message, show).then((choice) => {
      if (choice === show) output.show(true);
    });
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/**
 * Restarts the server whenever its connection closes, up to 5 times in 3 minutes. The library's
 * default handler shuts the client down for good after a fourth failed write, which is what happens
 * when the server dies while the editor is sending it a burst of requests (refreshes, semantic
 * tokens …): Baton then stayed off until a reload. A failed write is followed by `closed`, which
 * decides, so writes just continue.
 */
function restartOnCrash(): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0] > 3 * 60_000) crashes.shift();
      if (crashes.length <= 5) return { action: CloseAction.Restart };
      const message = isChinese()
        ? 'Baton 语言服务器 3 分钟内崩溃超过 5 次，不再自动重启。请查看“Baton”输出，修复后运行“Baton: 重启语言服务器”。'
        : 'The Baton language server crashed more than 5 times in 3 minutes and will not be restarted. See the Baton output, then run Baton: Restart Language Server.';
      return { action: CloseAction.DoNotRestart, message };
    },
  };
}

function localeSetting(): LocaleSetting {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<LocaleSetting>('locale', 'auto');
}

function isChinese(): boolean {
  const setting = localeSetting();
  return setting === 'auto' ? vscode.env.language.toLowerCase().startsWith('zh') : setting === 'zh-CN';
}

/** Moves the cursor, e.g. after `-- ` of a `baton-ignore` directive a code action just inserted. */
async function placeCursor(uri: string, position: { line: number; character: number }): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString())
    ?? (await vscode.window.showTextDocument(target));
  const at = editor.document.validatePosition(new vscode.Position(position.line, position.character));
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at));
}

/** Opens a rule's page: the copy shipped in the extension as a Markdown preview, else the web page. */
async function showRuleDocumentation(context: vscode.ExtensionContext, url: string): Promise<void> {
  const name = /\/docs\/rules\/([a-z0-9-]+\.md)$/.exec(url)?.[1];
  if (name !== undefined) {
    const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', name);
    try {
      await vscode.workspace.fs.stat(local);
      await vscode.commands.executeCommand('markdown.showPreview', local);
      return;
    } catch {
      // Not shipped: fall back to the web page.
    }
  }
  await vscode.env.openExternal(vscode.Uri.parse(url));
}
