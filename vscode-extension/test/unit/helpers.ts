import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The extension folder (tests run from out/test/unit). */
export const EXTENSION_ROOT = path.resolve(__dirname, '..', '..', '..');

export function tempDir(prefix = 'neam-ext-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes a fake `java` into `<dir>/bin/java` (or `<dir>/java` when `flat`) that prints the given
 * text on stderr, as the real `java -version` does, and exits with `exitCode`.
 */
export function fakeJava(dir: string, versionOutput: string, options: { flat?: boolean; exitCode?: number } = {}): string {
  const binDir = options.flat ? dir : path.join(dir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const file = path.join(binDir, 'java');
  const escaped = versionOutput.replace(/'/g, `'"'"'`);
  writeFileSync(
    file,
    `#!/bin/sh\nif [ "$1" != "-version" ]; then echo "unexpected arguments: $*" >&2; exit 2; fi\nprintf '%s\\n' '${escaped}' >&2\nexit ${options.exitCode ?? 0}\n`,
  );
  chmodSync(file, 0o755);
  return file;
}

export const OPENJDK_17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\nOpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)';
export const OPENJDK_21 = 'openjdk version "21.0.4" 2024-07-16 LTS\nOpenJDK Runtime Environment Temurin-21.0.4+7 (build 21.0.4+7-LTS)';
export const OPENJDK_11 = 'openjdk version "11.0.24" 2024-07-16\nOpenJDK Runtime Environment (build 11.0.24+8-post-Debian-2deb12u1)';
export const ORACLE_8 = 'java version "1.8.0_381"\nJava(TM) SE Runtime Environment (build 1.8.0_381-b09)';
