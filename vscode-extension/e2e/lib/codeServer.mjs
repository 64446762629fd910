// Starts code-server (a real VS Code served to a browser) with the packaged extension installed,
// in throw-away user-data and extension folders, bound to 127.0.0.1 only, without authentication.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const E2E_ROOT = path.resolve(import.meta.dirname, '..');
export const CODE_SERVER_ENTRY = path.join(E2E_ROOT, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CODE_SERVER_VERSION = '4.100.3';

/** User settings: no welcome page, tips, telemetry, update checks or trust prompt; no word completions. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'window.restoreWindows': 'none',
  'files.autoSave': 'off',
  // completion lists hold only what the language server proposes, and open only when asked
  'editor.wordBasedSuggestions': 'off',
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.hover.delay': 150,
};

export class CodeServer {
  /**
   * @param {object} options
   * @param {string} options.vsix the packaged extension
   * @param {string} options.workspace the folder to open
   * @param {Record<string, unknown>} [options.settings] extra user settings
   * @param {NodeJS.ProcessEnv} [options.env] the environment of code-server and so of the extension host
   * @param {string} options.logFile where code-server's own output goes
   */
  constructor(options) {
    this.options = options;
    this.home = mkdtempSync(path.join(os.tmpdir(), 'neam-code-server-'));
    this.userDataDir = path.join(this.home, 'data');
    this.extensionsDir = path.join(this.home, 'extensions');
    this.configFile = path.join(this.home, 'config.yaml');
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.process = undefined;
    /** @type {string | undefined} */
    this.url = undefined;
  }

  /** Arguments every code-server call shares: its own config file, folders and no telemetry. */
  commonArgs() {
    return ['--config', this.configFile, '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  /** Installs the .vsix the way a user does (`code-server --install-extension`). */
  installExtension() {
    mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    writeFileSync(this.configFile, 'auth: none\ncert: false\ndisable-telemetry: true\ndisable-update-check: true\n');
    writeFileSync(
      path.join(this.userDataDir, 'User', 'settings.json'),
      JSON.stringify({ ...USER_SETTINGS, ...(this.options.settings ?? {}) }, null, 2),
    );
    const result = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...this.commonArgs(), '--install-extension', this.options.vsix], {
      encoding: 'utf8',
      env: this.options.env ?? process.env,
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    if (result.status !== 0 || !/was successfully installed/.test(output)) {
      throw new Error(`code-server --install-extension ${this.options.vsix} failed (status ${result.status}):\n${output}`);
    }
  }

  /** The installed extension's folder (holding server/neam-lsp.jar). */
  extensionFolder() {
    const manifest = JSON.parse(readFileSync(path.join(this.extensionsDir, 'extensions.json'), 'utf8'));
    const entry = manifest.find((e) => e.identifier.id === 'neam-lsp.neam');
    if (!entry) {
      throw new Error(`neam-lsp.neam is not among the installed extensions: ${JSON.stringify(manifest)}`);
    }
    return path.join(this.extensionsDir, entry.relativeLocation);
  }

  /** Starts the server on a free port of 127.0.0.1 and resolves with its URL once it listens. */
  async start() {
    const log = createWriteStream(this.options.logFile);
    const child = spawn(
      process.execPath,
      [CODE_SERVER_ENTRY, ...this.commonArgs(), '--auth', 'none', '--bind-addr', '127.0.0.1:0', '--disable-workspace-trust',
        '--disable-getting-started-override', '--ignore-last-opened', this.options.workspace],
      // its own process group, so that stop() ends the VS Code server, the extension host and the
      // language server it started, and nothing else
      { env: this.options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    this.process = child;
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    this.url = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${seen}`)), 60_000);
      const onData = (/** @type {Buffer} */ chunk) => {
        seen += chunk.toString();
        const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited with status ${code} before listening:\n${seen}`));
      });
    });
    return this.url;
  }

  /** The URL that opens the workspace folder. */
  workspaceUrl() {
    return `${this.url}/?folder=${encodeURIComponent(this.options.workspace)}`;
  }

  /** Files below the user-data folder's logs whose name matches, newest session first. */
  logFiles(pattern) {
    const found = [];
    const walk = (dir) => {
      let entries = [];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(full);
        } else if (pattern.test(entry.name)) {
          found.push(full);
        }
      }
    };
    walk(path.join(this.userDataDir, 'logs'));
    return found.sort().reverse();
  }

  async stop() {
    const child = this.process;
    this.process = undefined;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, 'timeout'));
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }

  cleanup() {
    rmSync(this.home, { recursive: true, force: true });
  }
}
