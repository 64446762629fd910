// Builds the .vsix exactly as `npm run package` does (into a temporary folder) and checks what is in it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXTENSION_ROOT, tempDir } from './helpers';

const jar = process.env.NEAM_LSP_JAR
  ? path.resolve(process.env.NEAM_LSP_JAR)
  : path.join(EXTENSION_ROOT, '..', 'lsp', 'target', 'neam-lsp.jar');
const skip = existsSync(jar)
  ? false
  : `the server jar ${jar} is missing, so no .vsix can be built: run \`./mvnw -B package -DskipTests\` at the repository root to enable this test`;

/** Names of the entries of a zip file, read from its central directory. */
export function zipEntries(zip: Buffer): string[] {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new Error('not a zip file: no end of central directory record');
  }
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error(`bad central directory entry at ${offset}`);
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('the packaged .vsix', { skip }, () => {
  let entries: string[] = [];
  let cleanup = () => {};

  before(() => {
    const tmp = tempDir('neam-vsix-');
    cleanup = tmp.cleanup;
    const version = JSON.parse(readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8')).version;
    const vsix = path.join(tmp.dir, `neam-${version}.vsix`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'package', '--', '--out', vsix], {
      cwd: EXTENSION_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEAM_LSP_JAR: jar },
      timeout: 5 * 60_000,
      shell: process.platform === 'win32',
    });
    assert.equal(result.status, 0, `npm run package failed:\n${result.stdout}\n${result.stderr}`);
    entries = zipEntries(readFileSync(vsix));
  });
  after(() => cleanup());

  it('contains the server jar, the bundled client, grammar, configuration, icon and docs', () => {
    for (const file of [
      'extension/package.json',
      'extension/server/neam-lsp.jar',
      'extension/dist/extension.js',
      'extension/syntaxes/neam.tmLanguage.json',
      'extension/syntaxes/neam-toml.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/language-configuration-toml.json',
      'extension/images/icon.png',
      'extension/images/neam-file.svg',
      'extension.vsixmanifest',
    ]) {
      assert.ok(entries.includes(file), `${file} is missing from the .vsix:\n${entries.join('\n')}`);
    }
    // vsce stores README.md as readme.md and LICENSE as LICENSE.txt
    assert.ok(entries.some((e) => /^extension\/readme\.md$/i.test(e)), 'README.md is missing');
    assert.ok(entries.some((e) => /^extension\/LICENSE(\.txt)?$/.test(e)), 'LICENSE is missing');
  });

  it('contains no sources, tests (the end-to-end harness included), scripts, build output or dependencies', () => {
    const unwanted = entries.filter((e) =>
      /^extension\/(src|test|out|scripts|node_modules|e2e)\//.test(e) || /\.(ts|map|vsix)$/.test(e) || /tsconfig/.test(e),
    );
    assert.deepEqual(unwanted, []);
  });

  it('holds the jar that Maven built', () => {
    assert.ok(existsSync(path.join(EXTENSION_ROOT, 'server', 'neam-lsp.jar')));
    assert.deepEqual(
      readFileSync(path.join(EXTENSION_ROOT, 'server', 'neam-lsp.jar')),
      readFileSync(jar),
    );
  });
});
