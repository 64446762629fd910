// Starts the server jar exactly as the extension does (the Java it finds, the same launch arguments
// and initialization options) and talks to it with vscode-languageserver-protocol, the library
// underneath vscode-languageclient.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeLens,
  CodeLensRequest,
  CodeLensResolveRequest,
  createProtocolConnection,
  InitializeResult,
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
  SemanticTokenModifiers,
  SemanticTokenTypes,
} from 'vscode-languageserver-protocol/node';
import { findJava } from '../../src/java';
import { buildServerLaunch } from '../../src/launch';
import { SHOW_REFERENCES_COMMAND, showReferencesArguments } from '../../src/references';
import { didChangeConfigurationParams, readServerSettings } from '../../src/settings';
import { EXTENSION_ROOT, tempDir } from './helpers';

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
  let initialized: InitializeResult;

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

  it('initializes with the extension\'s options and publishes diagnostics', async () => {
    const settings = readServerSettings(() => undefined);
    const result = (initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: settings,
      workspaceFolders: null,
    }));
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
  });

  it('declares, with a scope, every semantic token type and modifier of the server\'s legend that LSP does not define', () => {
    const legend = initialized.capabilities.semanticTokensProvider?.legend;
    assert.ok(legend, 'no semantic tokens legend');
    const pkg = JSON.parse(readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8'));
    const ids = (key: string) => pkg.contributes[key].map((t: { id: string }) => t.id);
    const scopes = pkg.contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'neam').scopes;
    const standardTypes: string[] = Object.values(SemanticTokenTypes);
    const customTypes = legend.tokenTypes.filter((t) => !standardTypes.includes(t));
    assert.deepEqual(ids('semanticTokenTypes').sort(), [...customTypes].sort());
    for (const type of customTypes) {
      assert.ok(scopes[type], `no TextMate scope for the custom token type ${type}`);
    }
    // Modifiers: `documentation` is standard in LSP (and VS Code) but declared anyway, to describe `///`.
    const standardModifiers: string[] = Object.values(SemanticTokenModifiers);
    const declaredModifiers: string[] = ids('semanticTokenModifiers');
    for (const modifier of legend.tokenModifiers.filter((m) => !standardModifiers.includes(m))) {
      assert.ok(declaredModifiers.includes(modifier), `the custom modifier ${modifier} is not declared`);
    }
    for (const modifier of declaredModifiers) {
      assert.ok(legend.tokenModifiers.includes(modifier), `the server does not emit the declared modifier ${modifier}`);
    }
  });

  it('resolves a reference-count lens to neam.showReferences with arguments the extension converts', async (t) => {
    // A file on disk: the server gives no lenses to untitled documents.
    const { dir, cleanup } = tempDir('neam-lens-');
    t.after(cleanup);
    const text = 'agent Billing { model: "x" }\nagent Triage {\n  provider: "openai"\n  handoffs: [Billing]\n}\n';
    const file = path.join(dir, 'lenses.neam');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'neam', version: 1, text },
    });
    const lenses: CodeLens[] = (await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    const billing = lenses.find((l) => l.range.start.line === 0);
    assert.ok(billing, `no lens on Billing: ${JSON.stringify(lenses)}`);
    const resolved = await connection.sendRequest(CodeLensResolveRequest.type, billing);
    assert.equal(resolved.command?.title, '1 reference');
    assert.equal(resolved.command?.command, SHOW_REFERENCES_COMMAND);
    const tag = { asUri: (u: string) => `uri ${u}`, asPosition: (p: unknown) => p, asLocation: (l: unknown) => l };
    const [target, position, locations] = showReferencesArguments(resolved.command?.arguments ?? [], tag);
    assert.equal(target, `uri ${uri}`);
    assert.deepEqual(position, billing.range.start);
    assert.deepEqual(locations, [{ uri, range: { start: { line: 3, character: 13 }, end: { line: 3, character: 20 } } }]);
  });

  it('shuts down cleanly', async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
  });
});
