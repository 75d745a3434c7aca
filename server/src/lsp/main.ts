/**
 * `baton-language-server`: the entry point bundled as dist/server.cjs. Speaks LSP over
 * stdio (`--stdio`, for any editor) or Node IPC (`--node-ipc`, what the VS Code client uses).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const USAGE = `Usage: baton-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Baton language server (Language Server Protocol). Editors start it; it checks
.baton files as they are typed and answers hovers, completion, quick fixes and more.

Options:
  --stdio        talk LSP over standard input and output (any LSP client)
  --node-ipc     talk LSP over Node IPC (the VS Code extension)
  --socket=PORT  talk LSP over a TCP socket
  --pipe=NAME    talk LSP over a named pipe
  --help         print this help
  --version      print the version
`;

declare const BATON_VERSION: string | undefined;

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${typeof BATON_VERSION === 'string' ? BATON_VERSION : '0.1.0'}\n`);
    return;
  }
  const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
  if (!argv.some((arg) => transports.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
    process.stderr.write(`baton-language-server: choose a transport\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // The connection reads the transport from process.argv (--stdio, --node-ipc, --socket=, --pipe=).
  const connection = createConnection(ProposedFeatures.all);
  const server = startServer(connection);
  // Handlers are guarded; this is the last line of defence for a stray callback.
  process.on('uncaughtException', (error) => server.logError('uncaught exception', error));
  process.on('unhandledRejection', (error) => server.logError('unhandled rejection', error));
}

main(process.argv.slice(2));
