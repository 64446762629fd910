// Building the command lines that start the server and the `lint` command.
// This module must not import 'vscode': it is unit-tested in plain Node.
import * as path from 'node:path';

/** Always passed to the JVM: a server that ran out of memory exits instead of hanging. */
export const ALWAYS_VM_ARGS: readonly string[] = ['-XX:+ExitOnOutOfMemoryError'];

/** Where the bundled jar lives inside the extension folder. */
export const SERVER_JAR_RELATIVE_PATH = path.join('server', 'neam-lsp.jar');

export interface LaunchCommand {
  command: string;
  args: string[];
}

/**
 * Splits the `neam.server.vmargs` setting into arguments like a POSIX shell would for plain words:
 * whitespace separates, single and double quotes group (quotes are removed), a backslash escapes
 * the next character outside single quotes.
 */
export function splitArgs(input: string | null | undefined): string[] {
  const result: string[] = [];
  if (!input) {
    return result;
  }
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quote) {
      if (ch === quote) {
        quote = undefined;
      } else if (ch === '\\' && quote === '"' && (input[i + 1] === '"' || input[i + 1] === '\\')) {
        current += input[++i];
      } else {
        current += ch;
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < input.length && /[\s"'\\]/.test(input[i + 1])) {
      current += input[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) {
        result.push(current);
        current = '';
        inWord = false;
      }
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) {
    result.push(current);
  }
  return result;
}

/** JVM options: the fixed ones first, then the user's (a later option overrides an earlier one). */
export function jvmArgs(vmargs: string | null | undefined): string[] {
  return [...ALWAYS_VM_ARGS, ...splitArgs(vmargs)];
}

/**
 * `java -XX:+ExitOnOutOfMemoryError <archive options> <vmargs> -jar <jar> --stdio`: the start-up
 * archive's options (see startupArchive.ts) come before the user's, who can still override them.
 */
export function buildServerLaunch(options: {
  javaPath: string;
  jarPath: string;
  vmargs?: string | null;
  archiveArgs?: readonly string[];
}): LaunchCommand {
  return {
    command: options.javaPath,
    args: [...ALWAYS_VM_ARGS, ...(options.archiveArgs ?? []), ...splitArgs(options.vmargs), '-jar', options.jarPath, '--stdio'],
  };
}

/** `java <vmargs> -jar <jar> lint <folder…>`: the command-line linter shipped in the same jar. */
export function buildLintLaunch(options: {
  javaPath: string;
  jarPath: string;
  vmargs?: string | null;
  folders: string[];
}): LaunchCommand {
  return {
    command: options.javaPath,
    args: [...jvmArgs(options.vmargs), '-jar', options.jarPath, 'lint', ...options.folders],
  };
}
