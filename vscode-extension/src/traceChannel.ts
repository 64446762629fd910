// The output channel of the LSP traffic. vscode-languageclient traces only while its trace channel's
// log level is Trace, which for an ordinary log channel the user must set by hand, whatever
// `neam.trace.server` says. This channel reports Trace exactly when `neam.trace.server` asks for
// messages or verbose traces, and shows every line it is given.
import * as vscode from 'vscode';

/** True when the `neam.trace.server` value asks for traces. */
export function tracing(setting: unknown): boolean {
  return setting === 'messages' || setting === 'verbose';
}

function time(): string {
  return new Date().toISOString().replace('T', ' ').replace('Z', '');
}

export class TraceOutputChannel implements vscode.LogOutputChannel {
  private readonly channel: vscode.OutputChannel;
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  readonly onDidChangeLogLevel = this.levelChanged.event;

  constructor(
    name: string,
    private readonly setting: () => unknown,
  ) {
    this.channel = vscode.window.createOutputChannel(name);
  }

  get name(): string {
    return this.channel.name;
  }

  get logLevel(): vscode.LogLevel {
    return tracing(this.setting()) ? vscode.LogLevel.Trace : vscode.LogLevel.Off;
  }

  /** To be called when `neam.trace.server` changed: the client then sends `$/setTrace`. */
  settingChanged(): void {
    this.levelChanged.fire(this.logLevel);
  }

  private write(level: string, message: string | Error): void {
    const text = message instanceof Error ? (message.stack ?? message.message) : message;
    this.channel.appendLine(`${time()} [${level}] ${text}`);
  }

  trace(message: string): void {
    this.write('trace', message);
  }

  debug(message: string): void {
    this.write('debug', message);
  }

  info(message: string): void {
    this.write('info', message);
  }

  warn(message: string): void {
    this.write('warning', message);
  }

  error(error: string | Error): void {
    this.write('error', error);
  }

  append(value: string): void {
    this.channel.append(value);
  }

  appendLine(value: string): void {
    this.channel.appendLine(value);
  }

  replace(value: string): void {
    this.channel.replace(value);
  }

  clear(): void {
    this.channel.clear();
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) {
      this.channel.show(columnOrPreserveFocus);
    } else {
      this.channel.show(columnOrPreserveFocus, preserveFocus);
    }
  }

  hide(): void {
    this.channel.hide();
  }

  dispose(): void {
    this.levelChanged.dispose();
    this.channel.dispose();
  }
}
