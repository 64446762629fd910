// The VS Code side: wires the pure modules (java, launch, settings, status, serverOutput, lintSummary) to the editor API.
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import type { Readable } from 'node:stream';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';
import {
  describeMissingJava,
  describeRejected,
  findJava,
  JDK_DOWNLOAD_URL,
  type JavaRuntime,
  MINIMUM_JAVA_VERSION,
} from './java';
import { buildLintLaunch, buildServerLaunch, SERVER_JAR_RELATIVE_PATH } from './launch';
import { prepareStartupArchive, settleStartupArchive, type StartupArchive } from './startupArchive';
import { lintSummaryMessage, readLintCounts } from './lintSummary';
import { EDITOR_SHOW_REFERENCES_COMMAND, SHOW_REFERENCES_COMMAND, showReferencesArguments } from './references';
import {
  didChangeConfigurationParams,
  documentSelector,
  readServerSettings,
  RESTART_SETTINGS,
  SERVER_SETTING_SECTIONS,
  type ServerSettings,
  watchedFilePatterns,
} from './settings';
import { type OutputLine, ServerStderr } from './serverOutput';
import { type ServerState, statusPresentation } from './status';
import { TraceOutputChannel } from './traceChannel';

const CLIENT_ID = 'neam';
const CLIENT_NAME = 'Neam Language Server';
/** Server-side command for a whole-workspace lint, used when the server advertises it. */
export const SERVER_LINT_COMMAND = 'neam.server.lintWorkspace';
/** The problem matcher (package.json) that reads the `lint` command's text output. */
const LINT_PROBLEM_MATCHER = '$neam-lint';

/** Calls `onLine` for each line of a stream, and `onEnd` when it ends. */
function eachLine(input: Readable, onLine: (line: string) => void, onEnd: () => void = () => {}): void {
  readline
    .createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 })
    .on('line', onLine)
    .on('close', onEnd);
}

function writeLine(channel: vscode.LogOutputChannel, line: OutputLine | undefined): void {
  if (line) {
    channel[line.level](line.text);
  }
}

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('neam');
}

function currentSettings(): ServerSettings {
  const c = config();
  return readServerSettings((key) => c.get(key));
}

class NeamExtension implements vscode.Disposable {
  private readonly output: vscode.LogOutputChannel;
  private readonly traceOutput: TraceOutputChannel;
  private readonly status: vscode.StatusBarItem;
  private client: LanguageClient | undefined;
  private watchers: vscode.FileSystemWatcher[] = [];
  /** The start-up archive of the running server, settled when it stops. */
  private archive: StartupArchive | undefined;
  private runtime: JavaRuntime | undefined;
  private state: ServerState = 'stopped';
  private detail: string | undefined;
  /** Serialises start, stop and restart. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
    this.traceOutput = new TraceOutputChannel(`${CLIENT_NAME} Trace`, () => config().get('trace.server'));
    this.status = vscode.window.createStatusBarItem('neam.status', vscode.StatusBarAlignment.Right, 100);
    this.status.name = 'Neam Language Server';
    this.status.command = 'neam.showOutput';
    this.renderStatus();
    this.status.show();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setState(state: ServerState, detail?: string): void {
    this.state = state;
    this.detail = detail;
    this.renderStatus();
  }

  renderStatus(): void {
    const p = statusPresentation(this.state, currentSettings().languageVersion, this.detail);
    this.status.text = p.text;
    this.status.tooltip = p.tooltip;
    this.status.backgroundColor = p.background ? new vscode.ThemeColor(p.background) : undefined;
  }

  private log(message: string): void {
    this.output.info(`[client] ${message}`);
  }

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  private async doStart(): Promise<void> {
    if (this.client) {
      return;
    }
    this.setState('starting');
    const jarPath = this.context.asAbsolutePath(SERVER_JAR_RELATIVE_PATH);
    if (!fs.existsSync(jarPath)) {
      const message = `The Neam language server is missing from this installation (${jarPath}). Reinstall the extension; when building it yourself, run "./mvnw -B package -DskipTests" at the repository root before "npm run package".`;
      this.output.error(`[client] ${message}`);
      this.setState('failed', 'The server jar is missing.');
      void vscode.window.showErrorMessage(message);
      return;
    }

    const runtime = await this.findRuntime(true);
    if (!runtime) {
      return;
    }

    const settings = currentSettings();
    const archive = this.startupArchive(runtime, jarPath);
    const launch = buildServerLaunch({
      javaPath: runtime.javaPath,
      jarPath,
      vmargs: config().get<string>('server.vmargs'),
      archiveArgs: archive?.args,
    });
    this.log(`Java ${runtime.version} from ${runtime.source}: ${runtime.javaPath}`);
    this.log(`Starting: ${launch.command} ${launch.args.join(' ')}`);

    const serverOptions: ServerOptions = {
      run: { command: launch.command, args: launch.args },
      debug: { command: launch.command, args: launch.args },
    };
    this.watchers = watchedFilePatterns(settings.deploy.globs).map((p) =>
      vscode.workspace.createFileSystemWatcher(p),
    );
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(settings.deploy.globs),
      initializationOptions: settings,
      outputChannel: this.output,
      traceOutputChannel: this.traceOutput,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      stdioOptions: {
        stdout: (input, channel) => eachLine(input, (line) => channel.info(line)),
        stderr: (input, channel) => {
          const stderr = new ServerStderr();
          eachLine(
            input,
            (line) => writeLine(channel, stderr.line(line)),
            () => writeLine(channel, stderr.end()),
          );
        },
      },
      synchronize: { fileEvents: this.watchers },
      initializationFailedHandler: (error) => {
        this.log(`Initialization failed: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
    };
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    this.archive = archive;
    client.onDidChangeState((event) => {
      if (this.client !== client) {
        return;
      }
      if (event.newState === State.Running) {
        this.setState('running', `Java ${runtime.version} (${runtime.source})`);
      } else if (event.newState === State.Starting) {
        this.setState('starting');
      } else {
        this.setState('stopped');
      }
    });
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log(`The server did not start: ${message}`);
      this.setState('failed', 'The server did not start.');
      this.client = undefined;
      this.disposeWatchers();
      void vscode.window
        .showErrorMessage(`The Neam language server did not start: ${message}`, 'Show Output')
        .then((choice) => {
          if (choice === 'Show Output') {
            this.output.show(true);
          }
        });
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(5000);
      } catch (error) {
        this.log(`Stopping the server: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    settleStartupArchive(this.archive);
    this.archive = undefined;
    this.disposeWatchers();
    this.setState('stopped');
  }

  /** The start-up archive for this Java and jar, in the extension's storage (none when that is not writable). */
  private startupArchive(runtime: { javaPath: string; version: string }, jarPath: string): StartupArchive | undefined {
    try {
      const jar = fs.statSync(jarPath);
      return prepareStartupArchive({
        cacheDir: this.context.globalStorageUri.fsPath,
        javaPath: runtime.javaPath,
        javaVersion: runtime.version,
        jarPath,
        jarSize: jar.size,
        jarMtimeMs: jar.mtimeMs,
        unique: `${process.pid}-${Date.now()}`,
      });
    } catch {
      return undefined;
    }
  }

  private disposeWatchers(): void {
    for (const w of this.watchers) {
      w.dispose();
    }
    this.watchers = [];
  }

  /** Finds Java 17+, explaining every rejected candidate; shows an error with a download link when none fits. */
  private async findRuntime(notify: boolean): Promise<JavaRuntime | undefined> {
    const javaHomeSetting = config().get<string | null>('java.home');
    const discovery = await findJava({ javaHomeSetting, env: process.env });
    if (discovery.rejected.length > 0) {
      const rejected = `[client] Java candidates that were not used:\n${describeRejected(discovery)}`;
      if (discovery.runtime) {
        this.output.info(rejected);
      } else {
        this.output.warn(rejected);
      }
    }
    if (!discovery.runtime) {
      this.runtime = undefined;
      const message = describeMissingJava(discovery, MINIMUM_JAVA_VERSION);
      this.output.error(`[client] ${message}`);
      this.setState('failed', `No Java ${MINIMUM_JAVA_VERSION}+ found.`);
      if (notify) {
        void vscode.window
          .showErrorMessage(message, 'Download a JDK', 'Set neam.java.home', 'Show Output')
          .then((choice) => {
            if (choice === 'Download a JDK') {
              void vscode.env.openExternal(vscode.Uri.parse(JDK_DOWNLOAD_URL));
            } else if (choice === 'Set neam.java.home') {
              void vscode.commands.executeCommand('workbench.action.openSettings', 'neam.java.home');
            } else if (choice === 'Show Output') {
              this.output.show(true);
            }
          });
      }
      return undefined;
    }
    if (javaHomeSetting?.trim() && discovery.runtime.source !== 'neam.java.home' && notify) {
      const rejected = discovery.rejected.find((r) => r.source === 'neam.java.home');
      void vscode.window.showWarningMessage(
        `"neam.java.home" was not used (${rejected?.reason ?? 'not usable'}); using Java ${discovery.runtime.version} from ${discovery.runtime.source} instead.`,
      );
    }
    this.runtime = discovery.runtime;
    return discovery.runtime;
  }

  /** Called when settings change: pushes server settings, offers a restart when needed. */
  onConfigurationChanged(event: vscode.ConfigurationChangeEvent): void {
    if (!event.affectsConfiguration('neam')) {
      return;
    }
    this.renderStatus();
    if (event.affectsConfiguration('neam.trace.server')) {
      this.traceOutput.settingChanged();
    }
    const client = this.client;
    if (client && client.isRunning() && SERVER_SETTING_SECTIONS.some((s) => event.affectsConfiguration(s))) {
      void client
        .sendNotification(DidChangeConfigurationNotification.type, didChangeConfigurationParams(currentSettings()))
        .catch((error: unknown) => this.log(`didChangeConfiguration failed: ${String(error)}`));
    }
    if (RESTART_SETTINGS.some((s) => event.affectsConfiguration(s))) {
      void vscode.window
        .showInformationMessage('The Neam language server must restart for this setting to take effect.', 'Restart')
        .then((choice) => {
          if (choice === 'Restart') {
            void this.restart();
          }
        });
    }
  }

  /** Lints every workspace folder: through the server when it offers it, else with the `lint` command. */
  async lintWorkspace(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('Open a folder to lint a Neam workspace.');
      return;
    }
    const client = this.client;
    const serverCommands = client?.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    if (client && client.isRunning() && serverCommands.includes(SERVER_LINT_COMMAND)) {
      // The server publishes every file's findings, so they land in the Problems panel, and
      // answers with the counts.
      let result: unknown;
      try {
        result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: 'Neam: linting the workspace…' },
          () =>
            client.sendRequest(ExecuteCommandRequest.type, {
              command: SERVER_LINT_COMMAND,
              arguments: [{ folders: folders.map((f) => f.uri.toString()) }],
            }),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.output.error(`[client] ${SERVER_LINT_COMMAND} failed: ${message}`);
        void vscode.window.showErrorMessage(`Neam lint failed: ${message}`);
        return;
      }
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const counts = readLintCounts(result);
      if (counts) {
        void vscode.window.showInformationMessage(lintSummaryMessage(counts));
      }
      return;
    }
    const jarPath = this.context.asAbsolutePath(SERVER_JAR_RELATIVE_PATH);
    const runtime = this.runtime ?? (await this.findRuntime(true));
    if (!runtime || !fs.existsSync(jarPath)) {
      return;
    }
    const lint = buildLintLaunch({
      javaPath: runtime.javaPath,
      jarPath,
      vmargs: config().get<string>('server.vmargs'),
      folders: folders.map((f) => f.uri.fsPath),
    });
    const task = new vscode.Task(
      { type: 'neam', task: 'lint' },
      vscode.TaskScope.Workspace,
      'lint workspace',
      'neam',
      new vscode.ProcessExecution(lint.command, lint.args),
      [LINT_PROBLEM_MATCHER],
    );
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true };
    await vscode.tasks.executeTask(task);
  }

  /**
   * Runs the command of the server's "N references" lenses. Their arguments are plain LSP JSON
   * (the client converts a lens's title and range, not its arguments), so they are converted here
   * before VS Code's references view gets them.
   */
  async showReferences(args: unknown[]): Promise<void> {
    const client = this.client;
    if (!client) {
      // The lens outlived its server (stopped or restarting): nothing can convert or show it.
      return;
    }
    try {
      const converted = showReferencesArguments(args, client.protocol2CodeConverter);
      await vscode.commands.executeCommand(EDITOR_SHOW_REFERENCES_COMMAND, ...converted);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log(message);
      void vscode.window.showErrorMessage(`Cannot show the references: ${message}`);
    }
  }

  showOutput(): void {
    this.output.show(true);
  }

  dispose(): void {
    this.disposeWatchers();
    this.status.dispose();
    this.traceOutput.dispose();
    this.output.dispose();
  }
}

let extension: NeamExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const ext = new NeamExtension(context);
  extension = ext;
  context.subscriptions.push(
    ext,
    vscode.commands.registerCommand('neam.restartServer', () => ext.restart()),
    vscode.commands.registerCommand('neam.showOutput', () => ext.showOutput()),
    vscode.commands.registerCommand('neam.lintWorkspace', () => ext.lintWorkspace()),
    // Not in contributes.commands: it is only run from code lenses, with arguments, never from the palette.
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, (...args: unknown[]) => ext.showReferences(args)),
    vscode.workspace.onDidChangeConfiguration((event) => ext.onConfigurationChanged(event)),
  );
  await ext.start();
}

export async function deactivate(): Promise<void> {
  const ext = extension;
  extension = undefined;
  if (ext) {
    await ext.stop();
  }
}
