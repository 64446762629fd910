// The packaged extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven through
// headless Chromium as a user drives it. Every finding shown must be the one `neam-lsp lint` reports
// for the same text. Screenshots and logs of a failed step go to e2e/artifacts/.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeServer } from '../lib/codeServer.mjs';
import { environment, skipUnlessReady } from '../lib/environment.mjs';
import { describeRows, lint } from '../lib/lint.mjs';
import { launchBrowser, SERVER_TIMEOUT, Workbench } from '../lib/workbench.mjs';

const E2E_ROOT = path.resolve(import.meta.dirname, '..');
const ARTIFACTS = path.join(E2E_ROOT, 'artifacts');
const env = environment();
const skip = skipUnlessReady(env);

/**
 * One editor session: a copy of the fixture project opened in code-server with the .vsix
 * installed, and a Chromium page on it.
 */
class Session {
  constructor(name, { settings, processEnv } = {}) {
    this.name = name;
    this.root = mkdtempSync(path.join(os.tmpdir(), `neam-e2e-${name}-`));
    this.workspace = path.join(this.root, 'harbour-desk');
    cpSync(path.join(E2E_ROOT, 'fixture'), this.workspace, { recursive: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    this.codeServer = new CodeServer({
      vsix: env.vsix,
      workspace: this.workspace,
      settings,
      env: processEnv,
      logFile: path.join(ARTIFACTS, `${name}-code-server.log`),
    });
  }

  async start() {
    const started = Date.now();
    this.codeServer.installExtension();
    await this.codeServer.start();
    this.browser = await launchBrowser(env.chromium, path.join(this.root, 'chromium'));
    const page = await this.browser.newPage();
    this.workbench = new Workbench(page);
    await this.workbench.open(this.codeServer.workspaceUrl());
    console.log(`# ${this.name}: VS Code ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  file(relative) {
    return path.join(this.workspace, ...relative.split('/'));
  }

  /** Runs a step; on failure saves a screenshot and the page's text before rethrowing. */
  async step(title, body) {
    try {
      await body(this.workbench);
    } catch (error) {
      const base = path.join(ARTIFACTS, `${this.name}-${title.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 80)}`);
      try {
        await this.workbench.screenshot(`${base}.png`);
        console.log(`# screenshot of the failure: ${base}.png`);
      } catch (screenshotError) {
        console.log(`# no screenshot: ${screenshotError}`);
      }
      // the output channels (the extension's and server's log, the LSP trace) as they were then
      for (const log of this.codeServer.logFiles(/Neam Language Server( Trace)?\.log$/)) {
        copyFileSync(log, `${base}-${path.basename(log).replace(/^\d+-/, '').replace(/ /g, '-')}`);
      }
      throw error;
    }
  }

  async stop() {
    await this.browser?.close().catch(() => {});
    await this.codeServer.stop();
    this.codeServer.cleanup();
    rmSync(this.root, { recursive: true, force: true });
  }
}

describe('the Neam extension in VS Code', { skip }, () => {
  /** @type {Session} */
  let session;
  let jar = '';
  /** What lint says about the workspace's files as they are on disk now. */
  const lintNow = () => lint('java', jar, session.workspace);

  /** Waits until the Problems panel lists exactly lint's findings for `relative`. */
  async function expectLintFindings(workbench, relative) {
    const file = session.file(relative);
    const expected = describeRows(lintNow().byFile.get(file) ?? []);
    const rows = await workbench.waitForProblems(
      file,
      (shown) => JSON.stringify(describeRows(shown)) === JSON.stringify(expected),
      `the findings lint reports for ${relative}:\n${expected.join('\n')}`,
    );
    for (const row of rows) {
      assert.equal(row.source, 'neam');
    }
    return rows;
  }

  before(async () => {
    session = new Session('editor', { settings: { 'neam.trace.server': 'messages' } });
    await session.start();
    jar = path.join(session.codeServer.extensionFolder(), 'server', 'neam-lsp.jar');
  });

  after(async () => {
    await session?.stop();
  });

  it('starts the bundled server, as the status bar shows', () =>
    session.step('status bar', async (workbench) => {
      await workbench.until(
        () => [...document.querySelectorAll('.statusbar-item')].some((e) => (e.getAttribute('aria-label') ?? '').includes('Neam language server: running')),
        undefined,
        SERVER_TIMEOUT,
        'the status bar item "Neam (auto)" saying the server runs',
      );
      const item = (await workbench.statusBar()).find((t) => t.includes('Neam language server'));
      assert.match(item, /^check\s+Neam \(auto\), Neam language server: running\./);
    }));

  it('.neam: a misspelt agent is a Problems row at the position lint gives', () =>
    session.step('neam diagnostic', async (workbench) => {
      await workbench.openFile('src/main.neam');
      const [row] = await expectLintFindings(workbench, 'src/main.neam');
      assert.deepEqual(
        { severity: row.severity, code: row.code, line: row.line, column: row.column, message: row.message },
        { severity: 'error', code: 'NEAM1004', line: 15, column: 18, message: "unknown agent 'Barist' in entry_agent: did you mean 'Barista'?" },
      );
    }));

  it('.neam: hover documents a key and completion proposes the keys left out', () =>
    session.step('neam hover and completion', async (workbench) => {
      await workbench.goTo(16, 7);
      const hover = await workbench.hoverText('Upper bound on agent turns and handoffs.');
      assert.match(hover, /max_turns/);
      await workbench.goTo(16, 17);
      await workbench.press('End');
      await workbench.page.keyboard.press('Enter');
      await workbench.type('tra');
      const labels = await workbench.suggestLabels('tracing');
      assert.ok(!labels.includes('entry_agent'), `entry_agent is already set, yet proposed: ${labels}`);
      // leave the document as it was
      await workbench.press('Control+KeyZ');
      await workbench.press('Control+KeyZ');
      await workbench.until((wanted) => !document.querySelector('.editor-group-container.active .tab.active.dirty') && wanted, true, 10_000, 'the undo');
    }));

  it('.neam: the quick fix corrects the name in the document and clears the finding', () =>
    session.step('neam quick fix', async (workbench) => {
      await workbench.goTo(15, 18);
      await workbench.applyQuickFix("Change to 'Barista'");
      await workbench.until(
        () => [...document.querySelectorAll('.editor-group-container.active .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ') === '    entry_agent: Barista'),
        undefined,
        10_000,
        'the line "    entry_agent: Barista" in the editor',
      );
      assert.equal((await workbench.editorLines())[15], '    entry_agent: Barista');
      await workbench.waitForProblems(session.file('src/main.neam'), (rows) => rows.length === 0, 'no finding left in main.neam');
      await workbench.press('Control+KeyS');
      await workbench.until(() => !document.querySelector('.editor-group-container.active .tab.active.dirty'), undefined, 10_000, 'the save');
      assert.match(readFileSync(session.file('src/main.neam'), 'utf8'), /^ {4}entry_agent: Barista$/m);
    }));

  it('deployment: a container port that is not neam-api\'s is a Problems row as lint gives', () =>
    session.step('deployment diagnostic', async (workbench) => {
      await workbench.openFile('deploy/k8s/deployment.yaml');
      const rows = await expectLintFindings(workbench, 'deploy/k8s/deployment.yaml');
      assert.deepEqual(
        rows.map((r) => [r.severity, r.code, r.line, r.column, r.message]),
        [['warning', 'DEPLOY1001', 26, 30, "containerPort 9090 is not the port neam-api listens on (8080, from --port)"]],
      );
    }));

  it('deployment: hover explains the deploy check that applies there', () =>
    session.step('deployment hover', async (workbench) => {
      await workbench.goTo(26, 31);
      const hover = await workbench.hoverText('The container does not expose the port neam-api listens on');
      assert.match(hover, /DEPLOY1001\s+neam-api-port\s+\(warning\)/);
      assert.match(hover, /Fix: Declare the port neam-api listens on as a containerPort/);
    }));

  it('neam.toml: opens as a Neam manifest, coloured, with replicas = "3" in the Problems panel', () =>
    session.step('manifest diagnostic', async (workbench) => {
      await workbench.openFile('neam.toml');
      await workbench.until(
        () => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent?.trim() === 'Neam Manifest'),
        undefined,
        10_000,
        'the language mode "Neam Manifest" in the status bar',
      );
      const tokens = await workbench.tokenClasses(8);
      const classOf = (text) => tokens.find(([t]) => t === text)?.[1];
      assert.ok(classOf('replicas') && classOf('"3"'), `tokens of line 8: ${JSON.stringify(tokens)}`);
      assert.notEqual(classOf('replicas'), classOf('"3"'), 'the key and the string have the same colour');
      const rows = await expectLintFindings(workbench, 'neam.toml');
      assert.deepEqual(
        rows.map((r) => [r.severity, r.code, r.line, r.column, r.message]),
        [['warning', 'TOML9001', 8, 12, '\'replicas\' is quoted: neamc cannot read "3" as an integer and uses the default 2; write 3']],
      );
    }));

  it('neam.toml: hover documents a key and completion proposes the table\'s keys', () =>
    session.step('manifest hover and completion', async (workbench) => {
      await workbench.goTo(8, 3);
      const hover = await workbench.hoverText('also the ECS desiredCount and the Helm replicaCount');
      assert.match(hover, /Type: integer/);
      assert.match(hover, /Default: 2/);
      await workbench.goTo(9, 12);
      await workbench.press('End');
      await workbench.page.keyboard.press('Enter');
      await workbench.type('cpu');
      const labels = await workbench.suggestLabels('cpu-request');
      assert.ok(labels.includes('cpu-limit'), `labels: ${labels}`);
      await workbench.press('Control+KeyZ');
      await workbench.press('Control+KeyZ');
    }));

  it('neam.toml: an edit updates the open deployment\'s findings without touching it, and a fix clears them', () =>
    session.step('manifest edit', async (workbench) => {
      const deployment = session.file('deploy/k8s/deployment.yaml');
      const deploymentText = readFileSync(deployment, 'utf8');
      // replicas = "3"  ->  replicas = 4: the quoted value is gone, the deployment's 3 replicas now disagree
      await workbench.goTo(8, 12);
      await workbench.page.keyboard.press('Delete');
      await workbench.page.keyboard.press('Delete');
      await workbench.page.keyboard.press('Delete');
      await workbench.type('4');
      await workbench.waitForProblems(session.file('neam.toml'), (rows) => rows.length === 0, 'no finding left in neam.toml');
      await workbench.press('Control+KeyS');
      await workbench.until(() => !document.querySelector('.editor-group-container.active .tab.active.dirty'), undefined, 10_000, 'the save');
      const rows = await expectLintFindings(workbench, 'deploy/k8s/deployment.yaml');
      assert.ok(rows.some((r) => r.code === 'DEPLOY9002'), `no DEPLOY9002 for the replicas: ${JSON.stringify(rows)}`);
      assert.equal(readFileSync(deployment, 'utf8'), deploymentText, 'the deployment was changed');
      // back to 3: they agree again
      await workbench.goTo(8, 12);
      await workbench.page.keyboard.press('Delete');
      await workbench.type('3');
      await workbench.press('Control+KeyS');
      await workbench.until(() => !document.querySelector('.editor-group-container.active .tab.active.dirty'), undefined, 10_000, 'the save');
      const after = await expectLintFindings(workbench, 'deploy/k8s/deployment.yaml');
      assert.deepEqual(after.map((r) => r.code), ['DEPLOY1001']);
    }));

  it('Lint Workspace: every file\'s findings reach the Problems panel, with a summary', () =>
    session.step('lint workspace', async (workbench) => {
      await workbench.runCommand('Neam: Lint Workspace');
      const { byFile, summary } = lintNow();
      const information = summary.information ?? [...byFile.values()].flat().filter((r) => r.severity === 'info').length;
      const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
      const notification = await workbench.waitForNotification('Neam lint:');
      assert.equal(
        notification.message,
        `Neam lint: ${plural(summary.files, 'file', 'files')} checked, ${plural(summary.errors, 'error', 'errors')}, ` +
          `${plural(summary.warnings, 'warning', 'warnings')}, ${information} information.`,
      );
      // deploy/Dockerfile was never opened
      const rows = await expectLintFindings(workbench, 'deploy/Dockerfile');
      assert.deepEqual(rows.map((r) => r.code).sort(), ['DEPLOY7002', 'DEPLOY7003']);
    }));

  it('Trace: with neam.trace.server set, the LSP traffic is in the trace channel', () =>
    session.step('trace', async () => {
      const [trace] = session.codeServer.logFiles(/Neam Language Server Trace\.log$/);
      assert.ok(trace, 'no trace channel');
      const text = readFileSync(trace, 'utf8');
      assert.match(text, /Sending request 'initialize - \(0\)'/);
      assert.match(text, /Received response 'initialize - \(0\)' in \d+ms/);
      assert.match(text, /Sending notification 'textDocument\/didOpen'/);
    }));

  it('Output: each server log line once, at its own level', () =>
    session.step('output', async (workbench) => {
      await workbench.runCommand('Neam: Show Language Server Output');
      const shown = await workbench.until(
        () => {
          const text = [...document.querySelectorAll('.panel .monaco-editor .view-line')].map((l) => l.textContent).join('\n');
          return /\[info\]/.test(text) ? text : '';
        },
        undefined,
        10_000,
        'the output channel "Neam Language Server"',
      );
      assert.doesNotMatch(shown, /\[error\]/);
      const [log] = session.codeServer.logFiles(/^\d*-?Neam Language Server\.log$/);
      assert.ok(log, 'no log file of the output channel "Neam Language Server"');
      const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      const messages = lines.map((l) => l.replace(/^\S+ \S+ /, ''));
      const repeated = messages.filter((m, i) => messages.indexOf(m) !== i && !m.startsWith('[trace]'));
      assert.deepEqual(repeated, [], 'lines written twice');
      assert.deepEqual(lines.filter((l) => / \[error\] /.test(l)), [], 'error lines in a session without errors');
      assert.ok(messages.some((m) => m.startsWith('[info]') && !m.includes('[client]')), 'no info line from the server');
    }));
});

describe('the Neam extension in VS Code without Java', { skip }, () => {
  /** @type {Session} */
  let session;

  before(async () => {
    // A user without Java: no JAVA_HOME, no java on PATH. VSCODE_CLI=1 says that this environment is
    // the user's own (as when VS Code is started from a terminal), so VS Code does not read the login
    // shell's environment, whose PATH would bring back this machine's java.
    const processEnv = { ...process.env, PATH: path.join(os.tmpdir(), 'neam-e2e-no-java-on-this-path'), VSCODE_CLI: '1' };
    delete processEnv.JAVA_HOME;
    session = new Session('no-java', { processEnv });
    await session.start();
  });

  after(async () => {
    await session?.stop();
  });

  it('says that Java 17 is needed and offers a download', () =>
    session.step('no java', async (workbench) => {
      const notification = await workbench.waitForNotification('needs Java 17 or newer');
      assert.equal(
        notification.message,
        'The Neam language server needs Java 17 or newer, and none was found. Install a JDK 17+ and set "neam.java.home" to its folder (or set JAVA_HOME, or put java on PATH).',
      );
      assert.deepEqual(notification.buttons, ['Download a JDK', 'Set neam.java.home', 'Show Output']);
      const item = (await workbench.statusBar()).find((t) => t.includes('Neam language server'));
      assert.match(item, /Neam language server: not running\.\s+No Java 17\+ found\./);
    }));
});
