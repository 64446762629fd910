// Loads the bundled client with a stand-in for the `vscode` module and drives `activate` through the
// paths that need no running server: a missing server jar, no Java at all, and only an old Java.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import { EXTENSION_ROOT, fakeJava, OPENJDK_11, tempDir } from './helpers';

type Call = [kind: string, message: string, actions?: string[]];

interface Extension {
  activate(context: unknown): Promise<void>;
  deactivate(): Promise<void>;
}

/** Anything the client library touches at load time but these tests never use. */
function anything(): unknown {
  // A plain function (not a class) so that it can be extended and its prototype is writable.
  return new Proxy(function () {}, {
    get: (target, prop) => (prop === 'prototype' ? target.prototype : prop === 'then' ? undefined : anything()),
    apply: () => anything(),
  });
}

/** A minimal `vscode` API: records messages, commands (and their handlers) and status bar texts. */
function fakeVscode(calls: Call[], statusTexts: string[], handlers: Map<string, (...args: unknown[]) => unknown>) {
  const disposable = { dispose() {} };
  const api: Record<string, unknown> = {
    window: {
      createOutputChannel: () => {
        const log = (m: string) => calls.push(['log', m]);
        return { trace: log, debug: log, info: log, warn: log, error: log, appendLine: log, show() {}, dispose() {} };
      },
      createStatusBarItem: () => {
        const item = { show() {}, dispose() {} } as Record<string, unknown>;
        return new Proxy(item, {
          set(target, prop, value) {
            if (prop === 'text') {
              statusTexts.push(value);
            }
            target[prop as string] = value;
            return true;
          },
        });
      },
      showErrorMessage: async (m: string, ...actions: string[]) => {
        calls.push(['error', m, actions]);
        return undefined;
      },
      showWarningMessage: async (m: string) => {
        calls.push(['warning', m]);
        return undefined;
      },
      showInformationMessage: async (m: string) => {
        calls.push(['info', m]);
        return undefined;
      },
    },
    workspace: {
      getConfiguration: () => ({ get: () => undefined }),
      onDidChangeConfiguration: () => disposable,
    },
    commands: {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        calls.push(['command', id]);
        handlers.set(id, handler);
        return disposable;
      },
      executeCommand: async (id: string) => {
        calls.push(['execute', id]);
        return undefined;
      },
    },
    StatusBarAlignment: { Left: 1, Right: 2 },
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
    EventEmitter: class {
      event = () => disposable;
      fire() {}
      dispose() {}
    },
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
  };
  return new Proxy(api, { get: (target, prop: string) => (prop in target ? target[prop] : anything()) });
}

describe('activate without a running server', { skip: process.platform === 'win32' ? 'uses POSIX fake java scripts' : false }, () => {
  let dir: string;
  let cleanup: () => void;
  let bundle: string;
  const savedPath = process.env.PATH;
  const savedJavaHome = process.env.JAVA_HOME;
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = moduleWithLoad._load;
  let calls: Call[] = [];
  let statusTexts: string[] = [];
  const handlers = new Map<string, (...args: unknown[]) => unknown>();

  before(() => {
    ({ dir, cleanup } = tempDir('neam-activate-'));
    bundle = path.join(dir, 'extension.js');
    buildSync({
      absWorkingDir: EXTENSION_ROOT,
      entryPoints: ['src/extension.ts'],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      logLevel: 'error',
    });
    moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? fakeVscode(calls, statusTexts, handlers) : originalLoad.call(this, request, ...rest);
    };
  });

  after(() => {
    moduleWithLoad._load = originalLoad;
    process.env.PATH = savedPath;
    if (savedJavaHome === undefined) {
      delete process.env.JAVA_HOME;
    } else {
      process.env.JAVA_HOME = savedJavaHome;
    }
    cleanup();
  });

  /** Loads a fresh copy of the bundle and activates it with an extension folder `root`. */
  async function activate(root: string): Promise<Extension> {
    calls = [];
    statusTexts = [];
    handlers.clear();
    delete require.cache[bundle];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ext = require(bundle) as Extension;
    await ext.activate({ subscriptions: [], asAbsolutePath: (p: string) => path.join(root, p) });
    return ext;
  }

  function extensionFolder(name: string, withJar: boolean): string {
    const root = path.join(dir, name);
    mkdirSync(path.join(root, 'server'), { recursive: true });
    if (withJar) {
      writeFileSync(path.join(root, 'server', 'neam-lsp.jar'), 'not a real jar');
    }
    return root;
  }

  it('registers the four commands and reports a missing server jar', async () => {
    const ext = await activate(extensionFolder('no-jar', false));
    assert.deepEqual(
      calls.filter((c) => c[0] === 'command').map((c) => c[1]),
      ['neam.restartServer', 'neam.showOutput', 'neam.lintWorkspace', 'neam.showReferences'],
    );
    const error = calls.find((c) => c[0] === 'error');
    assert.ok(error, 'no error message');
    assert.match(error[1], /language server is missing/);
    assert.match(error[1], /\.\/mvnw -B package -DskipTests/);
    assert.equal(statusTexts[statusTexts.length - 1], '$(error) Neam (auto)');
    await ext.deactivate();
  });

  it('does nothing on a reference lens when no server runs', async () => {
    const ext = await activate(extensionFolder('no-jar-lens', false));
    const showReferences = handlers.get('neam.showReferences');
    assert.ok(showReferences, 'neam.showReferences is not registered');
    const before = calls.length;
    await showReferences('untitled:a.neam', { line: 0, character: 0 }, []);
    assert.deepEqual(calls.slice(before), []);
    await ext.deactivate();
  });

  it('explains that Java is missing and offers a JDK download', async () => {
    process.env.PATH = path.join(dir, 'nothing-here');
    delete process.env.JAVA_HOME;
    const ext = await activate(extensionFolder('no-java', true));
    const error = calls.find((c) => c[0] === 'error');
    assert.ok(error, 'no error message');
    assert.match(error[1], /needs Java 17 or newer, and none was found/);
    assert.deepEqual(error[2], ['Download a JDK', 'Set neam.java.home', 'Show Output']);
    assert.ok(calls.some((c) => c[0] === 'log' && /no java on PATH/.test(c[1])));
    assert.equal(statusTexts[statusTexts.length - 1], '$(error) Neam (auto)');
    await ext.deactivate();
  });

  it('names the too-old Java it found', async () => {
    const old = path.join(dir, 'old-java');
    fakeJava(old, OPENJDK_11, { flat: true });
    process.env.PATH = old;
    delete process.env.JAVA_HOME;
    const ext = await activate(extensionFolder('old-java-ext', true));
    const error = calls.find((c) => c[0] === 'error');
    assert.ok(error, 'no error message');
    assert.match(error[1], /only an older Java was found \(Java 11\.0\.24 is too old\)/);
    assert.ok(calls.some((c) => c[0] === 'log' && c[1].includes(path.join(old, 'java'))));
    await ext.deactivate();
  });
});
