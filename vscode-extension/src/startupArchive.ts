// The JVM start-up archive (AppCDS) of the server: the classes a first session loaded, written when
// that session's JVM exits and mapped by the later ones, for the exact Java and jar in use.
// This module must not import 'vscode': it is unit-tested in plain Node.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Keeps the JVM silent about an archive it cannot use (another Java, a changed jar): it then starts normally. */
const QUIET = '-Xlog:cds*=off';

export interface StartupArchive {
  /** JVM options that map the archive, or that write it at exit when there is none yet. */
  args: string[];
  /** The file being written by this session (renamed to `archive` once the server has stopped), if any. */
  pending?: string;
  /** Where the archive for this Java and jar lives. */
  archive: string;
}

export interface ArchiveInputs {
  /** A folder the extension may write (its global storage). */
  cacheDir: string;
  javaPath: string;
  javaVersion: string;
  jarPath: string;
  /** Size and modification time of the jar: an updated extension gets a new archive. */
  jarSize: number;
  jarMtimeMs: number;
  /** Tells this session's pending file from another window's. */
  unique: string;
}

/** The archive's folder name: one per Java (path and version) and jar (path, size, time). */
export function archiveKey(inputs: ArchiveInputs): string {
  return createHash('sha256')
    .update([inputs.javaPath, inputs.javaVersion, inputs.jarPath, inputs.jarSize, Math.trunc(inputs.jarMtimeMs)].join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/** Uses the archive when it exists, else writes it at exit under a private name. */
export function startupArchive(inputs: ArchiveInputs, exists: (file: string) => boolean): StartupArchive {
  const folder = path.join(inputs.cacheDir, `cds-${archiveKey(inputs)}`);
  const archive = path.join(folder, 'neam-lsp.jsa');
  if (exists(archive)) {
    return { args: [`-XX:SharedArchiveFile=${archive}`, QUIET], archive };
  }
  const pending = path.join(folder, `neam-lsp.${inputs.unique}.tmp`);
  return { args: [`-XX:ArchiveClassesAtExit=${pending}`, QUIET], pending, archive };
}

/**
 * Prepares the archive for a start: creates its folder (no archive at all when that fails). Never
 * throws: without an archive the server only starts a little slower.
 */
export function prepareStartupArchive(inputs: ArchiveInputs): StartupArchive | undefined {
  try {
    const result = startupArchive(inputs, (file) => fs.existsSync(file));
    fs.mkdirSync(path.dirname(result.archive), { recursive: true });
    return result;
  } catch {
    return undefined;
  }
}

/** After the server stopped: a complete pending archive becomes the archive; an empty one goes. */
export function settleStartupArchive(archive: StartupArchive | undefined): void {
  if (!archive?.pending) {
    return;
  }
  try {
    if (fs.statSync(archive.pending).size > 0 && !fs.existsSync(archive.archive)) {
      fs.renameSync(archive.pending, archive.archive);
    } else {
      fs.rmSync(archive.pending, { force: true });
    }
  } catch {
    // not written (the JVM could not) or still open: the next session tries again
  }
}
