// What the end-to-end test needs on the machine. In CI (CI=true) anything missing fails the test;
// elsewhere the test is skipped with a message naming what is missing and how to get it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY } from './codeServer.mjs';

const E2E_ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION_ROOT = path.resolve(E2E_ROOT, '..');

function chromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((c) => existsSync(c));
}

function javaMajor() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stdout}${result.stderr}`);
  if (!match) {
    return 0;
  }
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/** The paths the test uses, and `missing`: what is absent, each with how to get it. */
export function environment() {
  const version = JSON.parse(readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8')).version;
  const vsix = process.env.NEAM_VSIX ? path.resolve(process.env.NEAM_VSIX) : path.join(EXTENSION_ROOT, `neam-${version}.vsix`);
  const browser = chromium();
  const missing = [];
  if (!browser) {
    missing.push('Chromium (Debian package chromium, or CHROMIUM_PATH)');
  }
  if (!existsSync(path.join(E2E_ROOT, 'node_modules', '.neam-e2e-ready')) || !existsSync(CODE_SERVER_ENTRY)) {
    missing.push('code-server (run vscode-extension/e2e/setup.sh)');
  }
  if (!existsSync(vsix)) {
    missing.push(`the packaged extension ${vsix} (run npm run package in vscode-extension)`);
  }
  if (javaMajor() < 17) {
    missing.push('Java 17 or newer on PATH');
  }
  return { vsix, chromium: browser, missing };
}

/**
 * The `skip` option for the suites: false when everything is there. In CI a missing piece throws,
 * so that a broken environment fails loudly instead of passing with nothing tested.
 */
export function skipUnlessReady(env) {
  if (env.missing.length === 0) {
    return false;
  }
  const message = `the VS Code end-to-end test needs ${env.missing.join('; ')}`;
  if (process.env.CI) {
    throw new Error(message);
  }
  console.log(`# skipped: ${message}`);
  return message;
}
