// Mapping the `neam.*` settings to what the server receives, and to document selectors.
// This module must not import 'vscode': it is unit-tested in plain Node.

export const LANGUAGE_VERSIONS = ['auto', '0.6', '1.x'] as const;
export type LanguageVersion = (typeof LANGUAGE_VERSIONS)[number];

export const DEFAULT_DEPLOY_GLOBS: readonly string[] = [
  'deploy/**',
  'gitops/**',
  'k8s/**',
  'kubernetes/**',
  'manifests/**',
  'helm/**',
  'charts/**',
];

export const DEFAULT_DEBOUNCE_MS = 300;
export const MAX_DEBOUNCE_MS = 10_000;
export const DEFAULT_HOT_DOCUMENTS = 6;
export const MAX_HOT_DOCUMENTS = 1_000;

/** The object sent as `initializationOptions` and inside `workspace/didChangeConfiguration`. */
export interface ServerSettings {
  languageVersion: LanguageVersion;
  diagnostics: {
    syntax: boolean;
    semantic: boolean;
    manifest: boolean;
    deploy: boolean;
    providerCredentials: boolean;
  };
  debounceMs: number;
  hotDocuments: number;
  deploy: {
    globs: string[];
  };
}

/** Reads one setting below `neam.`, e.g. `get('diagnostics.syntax')`; undefined when unset. */
export type SettingGetter = (key: string) => unknown;

/** Settings whose change needs a server restart (the JVM command line or the document selector). */
export const RESTART_SETTINGS: readonly string[] = ['neam.java.home', 'neam.server.vmargs', 'neam.deploy.globs'];

/** Settings that are sent to the running server. */
export const SERVER_SETTING_SECTIONS: readonly string[] = [
  'neam.languageVersion',
  'neam.diagnostics',
  'neam.deploy',
  'neam.performance',
];

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function normalizeLanguageVersion(value: unknown): LanguageVersion {
  if (typeof value === 'number') {
    // A hand-edited settings.json may hold 0.6 as a number.
    value = String(value);
  }
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if ((LANGUAGE_VERSIONS as readonly string[]).includes(v)) {
      return v as LanguageVersion;
    }
    if (/^0\.6(\.\d+)?$/.test(v)) {
      return '0.6';
    }
    if (/^1(\.\d+|\.x)*$/.test(v)) {
      return '1.x';
    }
  }
  return 'auto';
}

export function normalizeDebounce(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    return DEFAULT_DEBOUNCE_MS;
  }
  return Math.min(MAX_DEBOUNCE_MS, Math.max(0, Math.round(n)));
}

/** How many open documents keep their trees in the server (1–1000), as the server clamps it. */
export function normalizeHotDocuments(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    return DEFAULT_HOT_DOCUMENTS;
  }
  return Math.min(MAX_HOT_DOCUMENTS, Math.max(1, Math.round(n)));
}

export function normalizeGlobs(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [...DEFAULT_DEPLOY_GLOBS];
  }
  const globs: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') {
      continue;
    }
    const glob = item.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (glob && !globs.includes(glob)) {
      globs.push(glob);
    }
  }
  return globs;
}

/** Builds the server settings from raw values, replacing missing or invalid ones by defaults. */
export function readServerSettings(get: SettingGetter): ServerSettings {
  return {
    languageVersion: normalizeLanguageVersion(get('languageVersion')),
    diagnostics: {
      syntax: bool(get('diagnostics.syntax'), true),
      semantic: bool(get('diagnostics.semantic'), true),
      manifest: bool(get('diagnostics.manifest'), true),
      deploy: bool(get('diagnostics.deploy'), true),
      providerCredentials: bool(get('diagnostics.providerCredentials'), false),
    },
    debounceMs: normalizeDebounce(get('diagnostics.debounceMs')),
    hotDocuments: normalizeHotDocuments(get('performance.hotDocuments')),
    deploy: {
      globs: normalizeGlobs(get('deploy.globs')),
    },
  };
}

/** The payload of `workspace/didChangeConfiguration`. */
export function didChangeConfigurationParams(settings: ServerSettings): { settings: { neam: ServerSettings } } {
  return { settings: { neam: settings } };
}

// ---- document selectors ---------------------------------------------------------------------

/** Plain data shaped like vscode's DocumentFilter (a language or a pattern, with a scheme). */
export type DocumentFilterData =
  | { scheme: string; language: string; pattern?: undefined }
  | { scheme: string; pattern: string; language?: undefined };

const YAML = '*.{yaml,yml}';
// The server takes any name starting with "dockerfile" or ending in ".dockerfile", in either case.
const DOCKERFILES = '{Dockerfile*,dockerfile*,*.Dockerfile,*.dockerfile}';

/** Deploy files checked wherever they are: Dockerfiles, Compose files, Kustomizations. */
export const ALWAYS_DEPLOY_PATTERNS: readonly string[] = [
  `**/${DOCKERFILES}`,
  '**/{docker-compose,compose}*.{yaml,yml}',
  '**/kustomization.{yaml,yml}',
];

/**
 * Turns workspace-relative deploy globs (`deploy/**`) into document-selector patterns that match
 * absolute paths and only YAML and Dockerfiles (`**\/deploy/**\/*.{yaml,yml}`, …).
 */
export function deployDocumentPatterns(globs: readonly string[]): string[] {
  const patterns: string[] = [];
  const add = (p: string) => {
    if (!patterns.includes(p)) {
      patterns.push(p);
    }
  };
  for (const raw of globs) {
    const glob = raw.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
    if (!glob) {
      continue;
    }
    const anchored = glob.startsWith('**/') ? glob : `**/${glob}`;
    const folder = /^(.*?)\/\*\*(\/\*)?$/.exec(anchored);
    if (folder) {
      add(`${folder[1]}/**/${YAML}`);
      add(`${folder[1]}/**/${DOCKERFILES}`);
    } else if (/\/\*\*\/\*$|\/\*$/.test(anchored)) {
      const base = anchored.replace(/\/\*$/, '');
      add(`${base}/${YAML}`);
      add(`${base}/${DOCKERFILES}`);
    } else {
      add(anchored);
    }
  }
  for (const p of ALWAYS_DEPLOY_PATTERNS) {
    add(p);
  }
  return patterns;
}

/** Documents the client sends to the server: Neam sources, manifests and deploy files. */
export function documentSelector(globs: readonly string[]): DocumentFilterData[] {
  return [
    { scheme: 'file', language: 'neam' },
    { scheme: 'untitled', language: 'neam' },
    { scheme: 'file', pattern: '**/neam.toml' },
    ...deployDocumentPatterns(globs).map((pattern) => ({ scheme: 'file', pattern })),
  ];
}

/** Globs for the file watcher whose events go to the server (`workspace/didChangeWatchedFiles`). */
export function watchedFilePatterns(globs: readonly string[]): string[] {
  return ['**/*.neam', '**/neam.toml', ...deployDocumentPatterns(globs)];
}
