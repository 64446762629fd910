// What the language server process writes on stderr, sorted by level for the Output channel.
// Once connected, the server sends its log through `window/logMessage`; stderr then carries only
// what comes before the connection, the JVM's own complaints and fatal errors. Each line goes to the
// channel once, at the level it was written with (not all as errors).
// This module must not import 'vscode': it is unit-tested in plain Node.

export type OutputLevel = 'error' | 'warn' | 'info' | 'debug' | 'trace';

export interface OutputLine {
  level: OutputLevel;
  text: string;
}

/** The server's own format: `[HH:mm:ss.SSS level] message`; the channel adds its own time stamp. */
const SERVER_LINE = /^\[\d{2}:\d{2}:\d{2}\.\d{3} (error|warning|info|log)\] (.*)$/;
const SERVER_LEVELS: Record<string, OutputLevel> = { error: 'error', warning: 'warn', info: 'info', log: 'info' };

/** java.util.logging (used by lsp4j) writes a header `Dec 07, 2026 4:47:15 AM <class> <method>`, then `LEVEL: message`. */
const JUL_HEADER = /^[A-Z][a-z]{2} \d{1,2}, \d{4},? \d{1,2}:\d{2}:\d{2}\s?[AP]M (\S+) \S+$/;
const JUL_MESSAGE = /^(SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST): (.*)$/;
const JUL_LEVELS: Record<string, OutputLevel> = {
  SEVERE: 'error',
  WARNING: 'warn',
  INFO: 'info',
  CONFIG: 'debug',
  FINE: 'debug',
  FINER: 'trace',
  FINEST: 'trace',
};

/** The JVM's unified logging: `[0.012s][warning][os] message`. */
const JVM_LINE = /^\[[\d.]+s\]\[(error|warning|info|debug|trace)\s*\]/;

export class ServerStderr {
  /** The class named by a java.util.logging header, waiting for its message line. */
  private logger: string | undefined;

  /** Classifies one line; returns nothing for a header whose message comes on the next line. */
  line(raw: string): OutputLine | undefined {
    const text = raw.replace(/\r$/, '');
    const logger = this.logger;
    this.logger = undefined;
    const header = JUL_HEADER.exec(text);
    if (header) {
      this.logger = header[1];
      return logger ? { level: 'info', text: logger } : undefined;
    }
    const jul = JUL_MESSAGE.exec(text);
    if (jul) {
      const source = logger ? `${logger.split('.').pop()}: ` : '';
      return { level: JUL_LEVELS[jul[1]], text: `${source}${jul[2]}` };
    }
    const server = SERVER_LINE.exec(text);
    if (server) {
      return { level: SERVER_LEVELS[server[1]], text: server[2] };
    }
    const jvm = JVM_LINE.exec(text);
    if (jvm) {
      const level = jvm[1] === 'warning' ? 'warn' : (jvm[1] as OutputLevel);
      return { level, text };
    }
    // stack traces, "Error: Unable to access jarfile …", "Exception in thread …": what stderr is for
    return { level: 'error', text };
  }

  /** The end of the stream: a header still waiting for its message is shown as it is. */
  end(): OutputLine | undefined {
    const logger = this.logger;
    this.logger = undefined;
    return logger ? { level: 'info', text: logger } : undefined;
  }
}
