// Finding a Java runtime that can run the language server.
// This module must not import 'vscode': it is unit-tested in plain Node.
import { execFile } from 'node:child_process';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The oldest Java feature release the server runs on. */
export const MINIMUM_JAVA_VERSION = 17;

/** Where users can get a JDK when none is found. */
export const JDK_DOWNLOAD_URL = 'https://adoptium.net/temurin/releases/?version=17';

export type JavaSource = 'neam.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
  /** Absolute path of the `java` executable. */
  javaPath: string;
  /** Feature release, e.g. 17 for "17.0.15", 8 for "1.8.0_381". */
  major: number;
  /** The version string as printed by `java -version`, e.g. "17.0.15". */
  version: string;
  source: JavaSource;
}

export interface RejectedJava {
  source: JavaSource;
  /** The folder or executable that was looked at; empty when there was nothing to look at. */
  location: string;
  reason: string;
}

export interface JavaDiscovery {
  /** The runtime to use, or undefined when none qualifies. */
  runtime?: JavaRuntime;
  /** Candidates that were looked at and rejected, in search order. */
  rejected: RejectedJava[];
}

/** Runs `<javaPath> -version` and resolves with everything it printed (stdout and stderr). */
export type JavaProbe = (javaPath: string) => Promise<string>;

export interface FindJavaOptions {
  /** The `neam.java.home` setting: a JDK folder, or the `java` executable itself. */
  javaHomeSetting?: string | null;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  minimumVersion?: number;
  probe?: JavaProbe;
  /** Time allowed for one `java -version`, default 10 s. */
  probeTimeoutMs?: number;
}

export interface ParsedJavaVersion {
  major: number;
  version: string;
}

/**
 * Reads the version from `java -version` output. Handles the modern scheme ("17.0.15", "21",
 * "22-ea", "17.0.2+8"), the legacy one ("1.8.0_381") and leading noise such as
 * "Picked up JAVA_TOOL_OPTIONS: …".
 */
export function parseJavaVersion(output: string): ParsedJavaVersion | undefined {
  const quoted = /\bversion\s+"([^"]+)"/.exec(output);
  // Some builds print `openjdk 17.0.2 2022-01-18` on the first line of `--version`.
  const bare = quoted ? undefined : /^(?:openjdk|java)\s+(\d[\w.+-]*)/m.exec(output);
  const version = quoted?.[1] ?? bare?.[1];
  if (!version) {
    return undefined;
  }
  const numbers = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!numbers) {
    return undefined;
  }
  let major = Number(numbers[1]);
  if (major === 1 && numbers[2] !== undefined) {
    major = Number(numbers[2]);
  }
  return Number.isFinite(major) ? { major, version } : undefined;
}

export function javaExecutableName(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** The default probe: runs `java -version` with a timeout. */
export function runJavaVersion(javaPath: string, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      javaPath,
      ['-version'],
      { timeout: timeoutMs, windowsHide: true, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stderr ?? ''}${stdout ?? ''}`;
        if (error && !parseJavaVersion(output)) {
          reject(error);
        } else {
          resolve(output);
        }
      },
    );
  });
}

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) {
    const home = env.HOME ?? env.USERPROFILE ?? os.homedir();
    return path.join(home, p.slice(1));
  }
  return p;
}

async function isExecutableFile(file: string, platform: NodeJS.Platform): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) {
      return false;
    }
    if (platform !== 'win32') {
      await fs.access(file, fsConstants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

interface Candidate {
  source: JavaSource;
  location: string;
  javaPath?: string;
  missing?: string;
}

async function homeCandidate(
  source: JavaSource,
  home: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): Promise<Candidate> {
  const exe = javaExecutableName(platform);
  const expanded = expandHome(home.trim(), env);
  // Accept the executable itself as well as the installation folder.
  if (path.basename(expanded) === exe && (await isExecutableFile(expanded, platform))) {
    return { source, location: expanded, javaPath: expanded };
  }
  const javaPath = path.join(expanded, 'bin', exe);
  if (await isExecutableFile(javaPath, platform)) {
    return { source, location: expanded, javaPath };
  }
  return {
    source,
    location: expanded,
    missing: `no ${path.join('bin', exe)} in ${expanded}`,
  };
}

async function pathCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Promise<Candidate[]> {
  const exe = javaExecutableName(platform);
  const pathValue = env.PATH ?? env.Path ?? env.path ?? '';
  const delimiter = platform === 'win32' ? ';' : ':';
  const seen = new Set<string>();
  const found: Candidate[] = [];
  for (const dir of pathValue.split(delimiter)) {
    if (!dir) {
      continue;
    }
    const javaPath = path.join(dir.replace(/^"(.*)"$/, '$1'), exe);
    if (seen.has(javaPath)) {
      continue;
    }
    seen.add(javaPath);
    if (await isExecutableFile(javaPath, platform)) {
      found.push({ source: 'PATH', location: javaPath, javaPath });
    }
  }
  return found;
}

/**
 * Looks for Java ≥ `minimumVersion` in this order: the `neam.java.home` setting, `JAVA_HOME`,
 * then every `java` on `PATH`. The first candidate whose `java -version` reports a recent
 * enough release wins; every other candidate that was looked at is listed in `rejected`.
 */
export async function findJava(options: FindJavaOptions = {}): Promise<JavaDiscovery> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const minimum = options.minimumVersion ?? MINIMUM_JAVA_VERSION;
  const timeout = options.probeTimeoutMs ?? 10_000;
  const probe = options.probe ?? ((javaPath: string) => runJavaVersion(javaPath, timeout));
  const rejected: RejectedJava[] = [];

  const candidates: Candidate[] = [];
  const setting = options.javaHomeSetting?.trim();
  if (setting) {
    candidates.push(await homeCandidate('neam.java.home', setting, env, platform));
  }
  const javaHome = env.JAVA_HOME?.trim();
  if (javaHome) {
    candidates.push(await homeCandidate('JAVA_HOME', javaHome, env, platform));
  }
  const onPath = await pathCandidates(env, platform);
  candidates.push(...onPath);

  const probed = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate.javaPath) {
      rejected.push({ source: candidate.source, location: candidate.location, reason: candidate.missing ?? 'not found' });
      continue;
    }
    if (probed.has(candidate.javaPath)) {
      continue;
    }
    probed.add(candidate.javaPath);
    let output: string;
    try {
      output = await probe(candidate.javaPath);
    } catch (error) {
      rejected.push({
        source: candidate.source,
        location: candidate.javaPath,
        reason: `\`java -version\` failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const parsed = parseJavaVersion(output);
    if (!parsed) {
      rejected.push({
        source: candidate.source,
        location: candidate.javaPath,
        reason: 'could not read the version printed by `java -version`',
      });
      continue;
    }
    if (parsed.major < minimum) {
      rejected.push({
        source: candidate.source,
        location: candidate.javaPath,
        reason: `Java ${parsed.version} is too old (Java ${minimum} or newer is required)`,
      });
      continue;
    }
    return {
      runtime: { javaPath: candidate.javaPath, major: parsed.major, version: parsed.version, source: candidate.source },
      rejected,
    };
  }
  if (onPath.length === 0) {
    rejected.push({ source: 'PATH', location: '', reason: `no ${javaExecutableName(platform)} on PATH` });
  }
  return { rejected };
}

/** One-line summary for a notification when no Java qualifies. */
export function describeMissingJava(discovery: JavaDiscovery, minimum = MINIMUM_JAVA_VERSION): string {
  const tooOld = discovery.rejected.find((r) => /too old/.test(r.reason));
  const head = tooOld
    ? `The Neam language server needs Java ${minimum} or newer, but only an older Java was found (${tooOld.reason.replace(/ \(.*\)$/, '')}).`
    : `The Neam language server needs Java ${minimum} or newer, and none was found.`;
  return `${head} Install a JDK ${minimum}+ and set "neam.java.home" to its folder (or set JAVA_HOME, or put java on PATH).`;
}

/** Multi-line report of every candidate, for the output channel. */
export function describeRejected(discovery: JavaDiscovery): string {
  if (discovery.rejected.length === 0) {
    return 'No Java candidates were rejected.';
  }
  return discovery.rejected
    .map((r) => (r.location ? `- ${r.source}: ${r.location}: ${r.reason}` : `- ${r.source}: ${r.reason}`))
    .join('\n');
}
