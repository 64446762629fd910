import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  describeMissingJava,
  describeRejected,
  findJava,
  JDK_DOWNLOAD_URL,
  MINIMUM_JAVA_VERSION,
  parseJavaVersion,
  runJavaVersion,
} from '../../src/java';
import { fakeJava, OPENJDK_11, OPENJDK_17, OPENJDK_21, ORACLE_8, tempDir } from './helpers';

const posixOnly = process.platform === 'win32' ? 'fake java scripts are POSIX shell scripts' : false;

describe('parseJavaVersion', () => {
  const cases: Array<[string, number | undefined, string?]> = [
    [OPENJDK_17, 17, '17.0.15'],
    [OPENJDK_21, 21, '21.0.4'],
    [OPENJDK_11, 11, '11.0.24'],
    [ORACLE_8, 8, '1.8.0_381'],
    ['openjdk version "21" 2023-09-19', 21, '21'],
    ['openjdk version "22-ea" 2024-03-19', 22, '22-ea'],
    ['openjdk version "17.0.2+8" 2022-01-18', 17, '17.0.2+8'],
    ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "17.0.9" 2023-10-17', 17, '17.0.9'],
    ['openjdk 17.0.2 2022-01-18\nOpenJDK Runtime Environment', 17, '17.0.2'],
    ['java version "9"', 9, '9'],
    ['Error: could not find libjava.so', undefined],
    ['', undefined],
  ];
  for (const [output, major, version] of cases) {
    it(`reads ${JSON.stringify(output.split('\n').slice(-1)[0]).slice(0, 50)} as ${major ?? 'nothing'}`, () => {
      const parsed = parseJavaVersion(output);
      if (major === undefined) {
        assert.equal(parsed, undefined);
      } else {
        assert.deepEqual(parsed, { major, version });
      }
    });
  }
});

describe('findJava with fake java executables', { skip: posixOnly }, () => {
  let root: string;
  let cleanup: () => void;
  const dirs: Record<string, string> = {};

  before(() => {
    ({ dir: root, cleanup } = tempDir());
    const mk = (name: string, output: string, flat = false, exitCode = 0) => {
      dirs[name] = path.join(root, name);
      fakeJava(dirs[name], output, { flat, exitCode });
    };
    mk('jdk8', ORACLE_8);
    mk('jdk11', OPENJDK_11);
    mk('jdk17', OPENJDK_17);
    mk('jdk21', OPENJDK_21);
    mk('path8', ORACLE_8, true);
    mk('path11', OPENJDK_11, true);
    mk('path17', OPENJDK_17, true);
    mk('path21', OPENJDK_21, true);
    mk('pathGarbage', 'this is not java', true);
    mk('pathBroken', '', true, 1);
    // a `java` that is not executable must be ignored
    dirs.pathNoExec = path.join(root, 'pathNoExec');
    mkdirSync(dirs.pathNoExec, { recursive: true });
    writeFileSync(path.join(dirs.pathNoExec, 'java'), '#!/bin/sh\necho nope\n');
    chmodSync(path.join(dirs.pathNoExec, 'java'), 0o644);
    dirs.empty = path.join(root, 'empty');
    mkdirSync(dirs.empty);
  });
  after(() => cleanup());

  const PATH = (...names: string[]) => names.map((n) => dirs[n]).join(path.delimiter);

  it('finds java 17 on PATH', async () => {
    const result = await findJava({ env: { PATH: PATH('empty', 'path17') } });
    assert.equal(result.runtime?.source, 'PATH');
    assert.equal(result.runtime?.major, 17);
    assert.equal(result.runtime?.version, '17.0.15');
    assert.equal(result.runtime?.javaPath, path.join(dirs.path17, 'java'));
    assert.deepEqual(result.rejected, []);
  });

  it('skips an older java earlier on PATH and explains why', async () => {
    const result = await findJava({ env: { PATH: PATH('path11', 'path8', 'path21') } });
    assert.equal(result.runtime?.major, 21);
    assert.equal(result.rejected.length, 2);
    assert.match(result.rejected[0].reason, /Java 11\.0\.24 is too old \(Java 17 or newer is required\)/);
    assert.match(result.rejected[1].reason, /Java 1\.8\.0_381 is too old/);
    assert.equal(result.rejected[0].source, 'PATH');
  });

  it('prefers JAVA_HOME over PATH', async () => {
    const result = await findJava({ env: { JAVA_HOME: dirs.jdk21, PATH: PATH('path17') } });
    assert.equal(result.runtime?.source, 'JAVA_HOME');
    assert.equal(result.runtime?.javaPath, path.join(dirs.jdk21, 'bin', 'java'));
  });

  it('falls back to PATH when JAVA_HOME is too old', async () => {
    const result = await findJava({ env: { JAVA_HOME: dirs.jdk8, PATH: PATH('path17') } });
    assert.equal(result.runtime?.source, 'PATH');
    assert.equal(result.rejected[0].source, 'JAVA_HOME');
    assert.match(result.rejected[0].reason, /too old/);
  });

  it('prefers the neam.java.home setting over JAVA_HOME and PATH', async () => {
    const result = await findJava({
      javaHomeSetting: dirs.jdk17,
      env: { JAVA_HOME: dirs.jdk21, PATH: PATH('path21') },
    });
    assert.equal(result.runtime?.source, 'neam.java.home');
    assert.equal(result.runtime?.major, 17);
  });

  it('accepts the java executable itself in neam.java.home', async () => {
    const result = await findJava({ javaHomeSetting: path.join(dirs.jdk21, 'bin', 'java'), env: { PATH: '' } });
    assert.equal(result.runtime?.source, 'neam.java.home');
    assert.equal(result.runtime?.major, 21);
  });

  it('expands ~ in neam.java.home', async () => {
    const result = await findJava({ javaHomeSetting: '~/jdk21', env: { HOME: root, PATH: '' } });
    assert.equal(result.runtime?.javaPath, path.join(dirs.jdk21, 'bin', 'java'));
  });

  it('reports a neam.java.home without bin/java and goes on to JAVA_HOME', async () => {
    const result = await findJava({ javaHomeSetting: dirs.empty, env: { JAVA_HOME: dirs.jdk17, PATH: '' } });
    assert.equal(result.runtime?.source, 'JAVA_HOME');
    assert.equal(result.rejected[0].source, 'neam.java.home');
    assert.match(result.rejected[0].reason, /no bin[/\\]java in /);
  });

  it('rejects a java whose version cannot be read and one that fails', async () => {
    const result = await findJava({ env: { PATH: PATH('pathGarbage', 'pathBroken', 'path17') } });
    assert.equal(result.runtime?.major, 17);
    assert.match(result.rejected[0].reason, /could not read the version/);
    assert.match(result.rejected[1].reason, /`java -version` failed/);
  });

  it('ignores a java file that is not executable', async () => {
    const result = await findJava({ env: { PATH: PATH('pathNoExec', 'path21') } });
    assert.equal(result.runtime?.major, 21);
    assert.deepEqual(result.rejected, []);
  });

  it('runs `java -version` once for a java reachable twice', async () => {
    const calls: string[] = [];
    const result = await findJava({
      env: { JAVA_HOME: dirs.jdk11, PATH: [path.join(dirs.jdk11, 'bin'), dirs.path17].join(path.delimiter) },
      probe: async (javaPath) => {
        calls.push(javaPath);
        return runJavaVersion(javaPath);
      },
    });
    assert.equal(result.runtime?.major, 17);
    assert.deepEqual(calls, [path.join(dirs.jdk11, 'bin', 'java'), path.join(dirs.path17, 'java')]);
  });

  it('honours a custom minimum version', async () => {
    const result = await findJava({ env: { PATH: PATH('path17', 'path21') }, minimumVersion: 21 });
    assert.equal(result.runtime?.major, 21);
  });

  it('returns no runtime, with reasons, when nothing qualifies', async () => {
    const result = await findJava({ javaHomeSetting: dirs.empty, env: { JAVA_HOME: dirs.jdk11, PATH: PATH('empty') } });
    assert.equal(result.runtime, undefined);
    assert.deepEqual(
      result.rejected.map((r) => r.source),
      ['neam.java.home', 'JAVA_HOME', 'PATH'],
    );
    assert.match(result.rejected[2].reason, /no java on PATH/);
    const message = describeMissingJava(result);
    assert.match(message, /needs Java 17 or newer/);
    assert.match(message, /older Java was found \(Java 11\.0\.24 is too old\)/);
    assert.match(message, /neam\.java\.home/);
    const report = describeRejected(result);
    assert.equal(report.split('\n').length, 3);
    assert.match(report, /^- neam\.java\.home: /);
  });

  it('says that none was found when there is no java at all', async () => {
    const result = await findJava({ env: { PATH: '' } });
    assert.equal(result.runtime, undefined);
    assert.match(describeMissingJava(result), /and none was found/);
  });

  it('reads stderr in runJavaVersion', async () => {
    const output = await runJavaVersion(path.join(dirs.path21, 'java'));
    assert.match(output, /openjdk version "21\.0\.4"/);
  });
});

describe('java constants', () => {
  it('requires Java 17 and links a JDK download page', () => {
    assert.equal(MINIMUM_JAVA_VERSION, 17);
    assert.match(JDK_DOWNLOAD_URL, /^https:\/\//);
  });
});
