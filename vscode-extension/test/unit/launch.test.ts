import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALWAYS_VM_ARGS, buildLintLaunch, buildServerLaunch, jvmArgs, SERVER_JAR_RELATIVE_PATH, splitArgs } from '../../src/launch';

describe('splitArgs', () => {
  const cases: Array<[string | null | undefined, string[]]> = [
    [undefined, []],
    [null, []],
    ['', []],
    ['   ', []],
    ['-Xmx1G', ['-Xmx1G']],
    ['  -Xmx1G   -XX:+UseSerialGC\t-Dx=1 ', ['-Xmx1G', '-XX:+UseSerialGC', '-Dx=1']],
    ['-Dlog.dir="/tmp/my logs" -Xss4m', ['-Dlog.dir=/tmp/my logs', '-Xss4m']],
    ["-Dname='a \"quoted\" word'", ['-Dname=a "quoted" word']],
    ['"-Dpath=C:\\Program Files\\x"', ['-Dpath=C:\\Program Files\\x']],
    ['-Da=b\\ c', ['-Da=b c']],
    ['-Dq="say \\"hi\\""', ['-Dq=say "hi"']],
    ['""', ['']],
  ];
  for (const [input, expected] of cases) {
    it(`splits ${JSON.stringify(input)}`, () => {
      assert.deepEqual(splitArgs(input), expected);
    });
  }
});

describe('buildServerLaunch', () => {
  it('runs java -jar <jar> --stdio with ExitOnOutOfMemoryError', () => {
    const launch = buildServerLaunch({ javaPath: '/opt/jdk/bin/java', jarPath: '/ext/server/neam-lsp.jar' });
    assert.deepEqual(launch, {
      command: '/opt/jdk/bin/java',
      args: ['-XX:+ExitOnOutOfMemoryError', '-jar', '/ext/server/neam-lsp.jar', '--stdio'],
    });
  });

  it('puts user vmargs after the fixed JVM options and before -jar', () => {
    const launch = buildServerLaunch({
      javaPath: 'java',
      jarPath: 'neam-lsp.jar',
      vmargs: '-Xmx2G -Dneam.log="/tmp/neam logs"',
    });
    assert.deepEqual(launch.args, [
      '-XX:+ExitOnOutOfMemoryError',
      '-Xmx2G',
      '-Dneam.log=/tmp/neam logs',
      '-jar',
      'neam-lsp.jar',
      '--stdio',
    ]);
  });

  it('always ends with --stdio so the client talks over stdin/stdout', () => {
    const launch = buildServerLaunch({ javaPath: 'java', jarPath: 'x.jar', vmargs: '--stdio -Xmx1G' });
    assert.equal(launch.args[launch.args.length - 1], '--stdio');
    assert.equal(launch.args[launch.args.length - 2], 'x.jar');
  });

  it('jvmArgs starts with the fixed options', () => {
    assert.deepEqual(ALWAYS_VM_ARGS, ['-XX:+ExitOnOutOfMemoryError']);
    assert.deepEqual(jvmArgs(' -Xms64m '), ['-XX:+ExitOnOutOfMemoryError', '-Xms64m']);
  });

  it('bundles the jar as server/neam-lsp.jar', () => {
    assert.equal(SERVER_JAR_RELATIVE_PATH, path.join('server', 'neam-lsp.jar'));
  });
});

describe('buildLintLaunch', () => {
  it('runs the lint command of the same jar over every folder', () => {
    const launch = buildLintLaunch({ javaPath: 'java', jarPath: 'neam-lsp.jar', vmargs: '-Xmx1G', folders: ['/w/a', '/w/b c'] });
    assert.deepEqual(launch, {
      command: 'java',
      args: ['-XX:+ExitOnOutOfMemoryError', '-Xmx1G', '-jar', 'neam-lsp.jar', 'lint', '/w/a', '/w/b c'],
    });
  });
});
