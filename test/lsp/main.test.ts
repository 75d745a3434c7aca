/**
 * The `baton-language-server` entry point: its help, a missing transport, and LSP over Node
 * IPC (the transport the VS Code client uses).
 */
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, ExitNotification, InitializedNotification, InitializeRequest, IPCMessageReader, IPCMessageWriter,
  PublishDiagnosticsNotification, type PublishDiagnosticsParams, ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { makeWorkspace, removeWorkspace, ROOT, SERVER, uriOf } from './harness';

describe('baton-language-server', function () {
  this.timeout(30000);

  it('prints its usage with --help and exits 0', () => {
    const result = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: baton-language-server --stdio/);
    assert.match(result.stdout, /--node-ipc/);
  });

  it('prints the package version with --version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${version}\n`);
  });

  it('refuses to start without a transport (exit 2)', () => {
    const result = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 10000 });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /choose a transport/);
  });

  it('speaks LSP over Node IPC', async () => {
    const folder = makeWorkspace({ 'a.baton': 'plan a {\n  level nowhere\n}\n' });
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const published = new Promise<PublishDiagnosticsParams>((resolve) => {
        connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
          if (params.uri === uriOf(folder, 'a.baton')) resolve(params);
        });
      });
      connection.listen();
      const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'a' }],
      });
      assert.equal(result.serverInfo?.name, 'baton-language-server');
      await connection.sendNotification(InitializedNotification.type, {});
      const diagnostics = await published;
      assert.ok(diagnostics.diagnostics.some((d) => d.code === 'unknown-value'));
      await connection.sendRequest(ShutdownRequest.type);
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
      removeWorkspace(folder);
    }
  });
});
