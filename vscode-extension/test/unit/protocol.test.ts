// Starts the server jar exactly as the extension does (the Java it finds, the same launch arguments
// and initialization options) and talks to it with vscode-languageserver-protocol, the library
// underneath vscode-languageclient.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  DidOpenTextDocumentNotification,
  DidChangeConfigurationNotification,
} from 'vscode-languageserver-protocol/node';
import { findJava } from '../../src/java';
import { buildServerLaunch } from '../../src/launch';
import { didChangeConfigurationParams, readServerSettings } from '../../src/settings';
import { EXTENSION_ROOT } from './helpers';

const jar = process.env.NEAM_LSP_JAR
  ? path.resolve(process.env.NEAM_LSP_JAR)
  : path.join(EXTENSION_ROOT, '..', 'lsp', 'target', 'neam-lsp.jar');
const skip = existsSync(jar)
  ? false
  : `the server jar ${jar} is missing: run \`./mvnw -B package -DskipTests\` at the repository root to enable this test`;

describe('the bundled server over stdio', { skip }, () => {
  let server: ChildProcess;
  let connection: ProtocolConnection;
  const published: PublishDiagnosticsParams[] = [];
  let exited: Promise<number | null>;

  before(async () => {
    const java = await findJava({ javaHomeSetting: null, env: process.env });
    assert.ok(java.runtime, 'a Java 17+ runtime is needed for this test');
    const launch = buildServerLaunch({ javaPath: java.runtime.javaPath, jarPath: jar, vmargs: '-Xmx256m' });
    server = spawn(launch.command, launch.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.method, (p: PublishDiagnosticsParams) => {
      published.push(p);
    });
    connection.listen();
  });

  after(() => {
    connection?.dispose();
    server?.kill();
  });

  it('initializes with the extension\'s options, publishes diagnostics and shuts down cleanly', async () => {
    const settings = readServerSettings(() => undefined);
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: settings,
      workspaceFolders: null,
    });
    assert.equal(result.serverInfo?.name, 'neam-lsp');
    assert.ok(result.capabilities.textDocumentSync, 'document sync is advertised');
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidChangeConfigurationNotification.type, didChangeConfigurationParams(settings));

    const uri = 'untitled:broken.neam';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'neam', version: 1, text: 'let answer = 42\n' },
    });
    const deadline = Date.now() + 20_000;
    while (!published.some((p) => p.uri === uri) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const diagnostics = published.find((p) => p.uri === uri)?.diagnostics ?? [];
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
      [['NEAM0004', 0, 15, "expected ';' at the end of the statement"]],
    );

    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
  });
});
