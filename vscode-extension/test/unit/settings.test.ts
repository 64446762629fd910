import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minimatch } from 'minimatch';
import {
  DEFAULT_DEBOUNCE_MS,
  DEFAULT_DEPLOY_GLOBS,
  deployDocumentPatterns,
  didChangeConfigurationParams,
  documentSelector,
  normalizeLanguageVersion,
  readServerSettings,
  RESTART_SETTINGS,
  type ServerSettings,
  watchedFilePatterns,
} from '../../src/settings';

const getter = (values: Record<string, unknown>) => (key: string) => values[key];

const DEFAULTS: ServerSettings = {
  languageVersion: 'auto',
  diagnostics: { syntax: true, semantic: true, manifest: true, deploy: true, providerCredentials: false },
  debounceMs: 300,
  hotDocuments: 6,
  deploy: { globs: ['deploy/**', 'gitops/**', 'k8s/**', 'kubernetes/**', 'manifests/**', 'helm/**', 'charts/**'] },
};

describe('readServerSettings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(readServerSettings(getter({})), DEFAULTS);
    assert.equal(DEFAULT_DEBOUNCE_MS, 300);
  });

  it('maps every setting to the initializationOptions shape', () => {
    const settings = readServerSettings(
      getter({
        languageVersion: '0.6',
        'diagnostics.syntax': false,
        'diagnostics.semantic': true,
        'diagnostics.manifest': false,
        'diagnostics.deploy': false,
        'diagnostics.providerCredentials': true,
        'diagnostics.debounceMs': 750,
        'performance.hotDocuments': 12,
        'deploy.globs': ['ops/**', 'infra/k8s/**'],
        // settings the server does not receive
        'java.home': '/opt/jdk',
        'server.vmargs': '-Xmx1G',
        'trace.server': 'verbose',
      }),
    );
    assert.deepEqual(settings, {
      languageVersion: '0.6',
      diagnostics: { syntax: false, semantic: true, manifest: false, deploy: false, providerCredentials: true },
      debounceMs: 750,
      hotDocuments: 12,
      deploy: { globs: ['ops/**', 'infra/k8s/**'] },
    });
    assert.deepEqual(Object.keys(settings).sort(), ['debounceMs', 'deploy', 'diagnostics', 'hotDocuments', 'languageVersion']);
  });

  it('replaces invalid values by defaults', () => {
    const settings = readServerSettings(
      getter({
        languageVersion: 'latest',
        'diagnostics.syntax': 'yes',
        'diagnostics.debounceMs': 'soon',
        'performance.hotDocuments': 'many',
        'deploy.globs': 'deploy/**',
      }),
    );
    assert.deepEqual(settings, DEFAULTS);
  });

  it('clamps and rounds the number of hot documents as the server does (1–1000)', () => {
    const hot = (v: unknown) => readServerSettings(getter({ 'performance.hotDocuments': v })).hotDocuments;
    assert.equal(hot(0), 1);
    assert.equal(hot(5000), 1000);
    assert.equal(hot(7.4), 7);
    assert.equal(hot('20'), 20);
    assert.equal(hot(Number.NaN), 6);
  });

  it('clamps and rounds the debounce delay', () => {
    const debounce = (v: unknown) => readServerSettings(getter({ 'diagnostics.debounceMs': v })).debounceMs;
    assert.equal(debounce(-5), 0);
    assert.equal(debounce(99999), 10000);
    assert.equal(debounce(120.6), 121);
    assert.equal(debounce('250'), 250);
    assert.equal(debounce(Number.NaN), 300);
  });

  it('cleans the deploy globs: trims, drops non-strings and duplicates, keeps an empty list', () => {
    const globs = (v: unknown) => readServerSettings(getter({ 'deploy.globs': v })).deploy.globs;
    assert.deepEqual(globs([' deploy/** ', './k8s/**', 'deploy/**', 42, '', 'ops\\helm/**']), ['deploy/**', 'k8s/**', 'ops/helm/**']);
    assert.deepEqual(globs([]), []);
  });

  it('normalises language versions', () => {
    assert.equal(normalizeLanguageVersion('auto'), 'auto');
    assert.equal(normalizeLanguageVersion('0.6'), '0.6');
    assert.equal(normalizeLanguageVersion(0.6), '0.6');
    assert.equal(normalizeLanguageVersion('0.6.2'), '0.6');
    assert.equal(normalizeLanguageVersion('1.x'), '1.x');
    assert.equal(normalizeLanguageVersion('1.X'), '1.x');
    assert.equal(normalizeLanguageVersion('1.6'), '1.x');
    assert.equal(normalizeLanguageVersion('0.8'), 'auto');
    assert.equal(normalizeLanguageVersion(undefined), 'auto');
  });

  it('wraps the settings for workspace/didChangeConfiguration', () => {
    assert.deepEqual(didChangeConfigurationParams(DEFAULTS), { settings: { neam: DEFAULTS } });
  });

  it('restarts the server for JVM and selector settings only', () => {
    assert.deepEqual([...RESTART_SETTINGS].sort(), ['neam.deploy.globs', 'neam.java.home', 'neam.server.vmargs']);
  });
});

describe('document selectors', () => {
  const patterns = deployDocumentPatterns(DEFAULT_DEPLOY_GLOBS);
  const matches = (file: string, list = patterns) => list.some((p) => minimatch(file, p, { dot: true }));

  it('turns folder globs into YAML and Dockerfile patterns anchored anywhere', () => {
    assert.ok(patterns.includes('**/deploy/**/*.{yaml,yml}'));
    assert.ok(patterns.includes('**/deploy/**/{Dockerfile*,dockerfile*,*.Dockerfile,*.dockerfile}'));
    assert.ok(patterns.includes('**/charts/**/*.{yaml,yml}'));
  });

  it('matches deploy files and nothing else', () => {
    for (const file of [
      '/home/u/proj/deploy/k8s/deployment.yaml',
      '/home/u/proj/deploy/base/kustomization.yml',
      '/home/u/proj/helm/neam/templates/deployment.yaml',
      '/home/u/proj/charts/neam/values.yaml',
      '/home/u/proj/gitops/apps/neam.yml',
      '/home/u/proj/deploy/Dockerfile',
      '/home/u/proj/Dockerfile',
      '/home/u/proj/Dockerfile-dev',
      '/home/u/proj/docker/api.dockerfile',
      '/home/u/proj/docker-compose.yml',
      '/home/u/proj/compose.prod.yaml',
      '/home/u/proj/kustomization.yaml',
    ]) {
      assert.ok(matches(file), `${file} should match`);
    }
    for (const file of [
      '/home/u/proj/src/main.neam',
      '/home/u/proj/deploy/README.md',
      '/home/u/proj/config/app.yaml',
      '/home/u/proj/neam.toml',
    ]) {
      assert.ok(!matches(file), `${file} should not match`);
    }
  });

  it('keeps file globs as they are and follows custom folders', () => {
    const custom = deployDocumentPatterns(['ops/*', 'infra/prod.yaml', '**/k8s/**/*']);
    assert.ok(custom.includes('**/ops/*.{yaml,yml}'));
    assert.ok(custom.includes('**/infra/prod.yaml'));
    assert.ok(custom.includes('**/k8s/**/*.{yaml,yml}'));
    assert.ok(matches('/w/infra/prod.yaml', custom));
    assert.ok(!matches('/w/deploy/x.yaml', custom));
  });

  it('selects Neam files, untitled Neam buffers, neam.toml and deploy files', () => {
    const selector = documentSelector(DEFAULT_DEPLOY_GLOBS);
    assert.deepEqual(selector.slice(0, 3), [
      { scheme: 'file', language: 'neam' },
      { scheme: 'untitled', language: 'neam' },
      { scheme: 'file', pattern: '**/neam.toml' },
    ]);
    assert.deepEqual(
      selector.slice(3).map((f) => f.pattern),
      patterns,
    );
    assert.ok(matches('/w/sub/neam.toml', ['**/neam.toml']));
  });

  it('watches Neam files, manifests and deploy files', () => {
    const watched = watchedFilePatterns(['deploy/**']);
    assert.deepEqual(watched.slice(0, 2), ['**/*.neam', '**/neam.toml']);
    assert.ok(watched.includes('**/deploy/**/*.{yaml,yml}'));
  });
});
