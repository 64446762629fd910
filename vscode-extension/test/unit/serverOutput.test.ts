import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ServerStderr } from '../../src/serverOutput';

describe('ServerStderr', () => {
  it('keeps the level of the server\'s own log lines and drops their time stamp', () => {
    const stderr = new ServerStderr();
    assert.deepEqual(stderr.line('[04:59:46.789 info] neam-lsp 0.1.0 serving code-server 1.100.3'), {
      level: 'info',
      text: 'neam-lsp 0.1.0 serving code-server 1.100.3',
    });
    assert.deepEqual(stderr.line('[04:59:47.001 warning] cannot read neam.toml'), { level: 'warn', text: 'cannot read neam.toml' });
    assert.deepEqual(stderr.line('[04:59:47.002 error] request failed: NullPointerException'), {
      level: 'error',
      text: 'request failed: NullPointerException',
    });
    assert.deepEqual(stderr.line('[04:59:47.003 log] indexed 3 files'), { level: 'info', text: 'indexed 3 files' });
  });

  it('joins a java.util.logging header to its message, at the message\'s level', () => {
    const stderr = new ServerStderr();
    assert.equal(stderr.line('Dec 07, 2026 4:47:15 AM org.eclipse.lsp4j.jsonrpc.RemoteEndpoint handleCancellation'), undefined);
    assert.deepEqual(stderr.line('WARNING: Unmatched cancel notification for request id 7'), {
      level: 'warn',
      text: 'RemoteEndpoint: Unmatched cancel notification for request id 7',
    });
    assert.equal(stderr.line('Dec 07, 2026 4:47:16 AM org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer fireError'), undefined);
    assert.deepEqual(stderr.line('SEVERE: Missing header Content-Length in input'), {
      level: 'error',
      text: 'StreamMessageProducer: Missing header Content-Length in input',
    });
  });

  it('shows a header without a message as it is, at the end or before the next header', () => {
    const stderr = new ServerStderr();
    stderr.line('Dec 07, 2026 4:47:15 AM org.example.A run');
    assert.deepEqual(stderr.line('Dec 07, 2026 4:47:16 AM org.example.B run'), { level: 'info', text: 'org.example.A' });
    assert.deepEqual(stderr.end(), { level: 'info', text: 'org.example.B' });
    assert.equal(stderr.end(), undefined);
  });

  it('takes the JVM\'s unified logging levels, and anything else as an error', () => {
    const stderr = new ServerStderr();
    assert.deepEqual(stderr.line('[0.012s][warning][os] Failed to reserve memory'), {
      level: 'warn',
      text: '[0.012s][warning][os] Failed to reserve memory',
    });
    assert.deepEqual(stderr.line('Error: Unable to access jarfile /x/neam-lsp.jar'), {
      level: 'error',
      text: 'Error: Unable to access jarfile /x/neam-lsp.jar',
    });
    assert.deepEqual(stderr.line('\tat dev.neam.lsp.server.Session.open(Session.java:42)\r'), {
      level: 'error',
      text: '\tat dev.neam.lsp.server.Session.open(Session.java:42)',
    });
  });
});
