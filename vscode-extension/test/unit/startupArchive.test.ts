import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildServerLaunch } from '../../src/launch';
import { archiveKey, prepareStartupArchive, settleStartupArchive, startupArchive, type ArchiveInputs } from '../../src/startupArchive';

const inputs: ArchiveInputs = {
  cacheDir: '/storage',
  javaPath: '/opt/jdk-17/bin/java',
  javaVersion: '17.0.15',
  jarPath: '/ext/server/neam-lsp.jar',
  jarSize: 4394399,
  jarMtimeMs: 1765000000000,
  unique: '42-1',
};

describe('startupArchive', () => {
  it('writes the archive at exit under a private name when there is none', () => {
    const result = startupArchive(inputs, () => false);
    const folder = path.join('/storage', `cds-${archiveKey(inputs)}`);
    assert.equal(result.archive, path.join(folder, 'neam-lsp.jsa'));
    assert.equal(result.pending, path.join(folder, 'neam-lsp.42-1.tmp'));
    assert.deepEqual(result.args, [`-XX:ArchiveClassesAtExit=${result.pending}`, '-Xlog:cds*=off']);
  });

  it('maps the archive when it exists, quietly', () => {
    const result = startupArchive(inputs, () => true);
    assert.equal(result.pending, undefined);
    assert.deepEqual(result.args, [`-XX:SharedArchiveFile=${result.archive}`, '-Xlog:cds*=off']);
  });

  it('has one archive per Java and per jar', () => {
    const key = archiveKey(inputs);
    assert.notEqual(archiveKey({ ...inputs, javaVersion: '21.0.2' }), key);
    assert.notEqual(archiveKey({ ...inputs, javaPath: '/usr/bin/java' }), key);
    assert.notEqual(archiveKey({ ...inputs, jarMtimeMs: inputs.jarMtimeMs + 1000 }), key);
    assert.notEqual(archiveKey({ ...inputs, jarSize: 1 }), key);
    assert.equal(archiveKey({ ...inputs, unique: 'other window' }), key);
  });

  it('goes before the user vmargs, which can override it', () => {
    const launch = buildServerLaunch({
      javaPath: 'java',
      jarPath: 'neam-lsp.jar',
      vmargs: '-Xshare:off',
      archiveArgs: ['-XX:SharedArchiveFile=/a.jsa', '-Xlog:cds*=off'],
    });
    assert.deepEqual(launch.args, [
      '-XX:+ExitOnOutOfMemoryError', '-XX:SharedArchiveFile=/a.jsa', '-Xlog:cds*=off', '-Xshare:off', '-jar', 'neam-lsp.jar', '--stdio',
    ]);
  });
});

describe('settleStartupArchive', () => {
  it('renames a written archive into place and drops an empty one', () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'neam-cds-'));
    const first = prepareStartupArchive({ ...inputs, cacheDir });
    assert.ok(first?.pending);
    fs.writeFileSync(first.pending, '');
    settleStartupArchive(first);
    assert.equal(fs.existsSync(first.pending), false);
    assert.equal(fs.existsSync(first.archive), false);

    const second = prepareStartupArchive({ ...inputs, cacheDir, unique: '42-2' });
    assert.ok(second?.pending);
    fs.writeFileSync(second.pending, 'archive bytes');
    settleStartupArchive(second);
    assert.equal(fs.readFileSync(second.archive, 'utf8'), 'archive bytes');

    const third = prepareStartupArchive({ ...inputs, cacheDir, unique: '42-3' });
    assert.deepEqual(third?.args, [`-XX:SharedArchiveFile=${second.archive}`, '-Xlog:cds*=off']);
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('never throws when nothing was written', () => {
    settleStartupArchive(undefined);
    settleStartupArchive({ args: [], pending: '/nonexistent/x.tmp', archive: '/nonexistent/x.jsa' });
  });
});
