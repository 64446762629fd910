// Drives the VS Code workbench in the browser the way a user does: keyboard shortcuts, Quick Open,
// the Command Palette. Every reading is text the user sees (Problems rows, hover and suggest
// widgets, notifications, the status bar, editor lines), never pixels.
import puppeteer from 'puppeteer-core';

/** Chromium flags that work on a machine without a display, GPU or outside network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** How long to wait for anything the language server computes (a JVM starting under load included). */
export const SERVER_TIMEOUT = 90_000;
const UI_TIMEOUT = 20_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @typedef {{file: string, severity: string, message: string, source: string, code: string, line: number, column: number}} ProblemRow */

export async function launchBrowser(executablePath, userDataDir) {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    userDataDir,
    defaultViewport: { width: 1600, height: 1000 },
    protocolTimeout: 180_000,
  });
}

export class Workbench {
  /** @param {import('puppeteer-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Opens the URL and waits until the workbench and its explorer are there. */
  async open(url) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await this.page.waitForSelector('.monaco-workbench .part.editor', { timeout: 120_000 });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 120_000 });
  }

  /** Presses a chord such as `Control+Shift+KeyM`. */
  async press(chord) {
    const keys = chord.split('+');
    const modifiers = keys.slice(0, -1);
    for (const m of modifiers) {
      await this.page.keyboard.down(m);
    }
    await this.page.keyboard.press(keys[keys.length - 1]);
    for (const m of modifiers.reverse()) {
      await this.page.keyboard.up(m);
    }
  }

  async type(text) {
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** Waits until fn (run in the page) returns a truthy value, and returns it. */
  async until(fn, arg, timeout = UI_TIMEOUT, what = 'the condition') {
    try {
      const handle = await this.page.waitForFunction(fn, { timeout, polling: 250 }, arg);
      return await handle.jsonValue();
    } catch (error) {
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}: ${error instanceof Error ? error.message : error}`);
    }
  }

  /** Types into the open quick input and accepts the row whose label is `label` (or contains it). */
  async pickQuickInput(text, label) {
    await this.page.waitForSelector('.quick-input-widget .quick-input-box input', { visible: true, timeout: UI_TIMEOUT });
    await this.type(text);
    const index = await this.until(
      (wanted) => {
        const rows = [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')];
        const row = rows.find((r) => (r.getAttribute('aria-label') ?? r.textContent ?? '').includes(wanted));
        return row ? Number(row.dataset.index) + 1 : 0;
      },
      label,
      UI_TIMEOUT,
      `"${label}" in the quick input`,
    );
    // the row may not be the first one: move to it, then accept
    const active = await this.page.evaluate(() => {
      const focused = document.querySelector('.quick-input-widget .quick-input-list .monaco-list-row.focused');
      return focused ? Number(focused.dataset.index) + 1 : 1;
    });
    for (let i = active; i < index; i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector('.quick-input-widget', { hidden: true, timeout: UI_TIMEOUT });
  }

  /** Runs a command from the Command Palette by its title, e.g. `Neam: Lint Workspace`. */
  async runCommand(title) {
    await this.press('F1');
    await this.pickQuickInput(title, title);
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor is active. */
  async openFile(relativePath) {
    const name = relativePath.split('/').pop();
    await this.press('Control+KeyP');
    await this.pickQuickInput(relativePath, name);
    await this.until(
      (wanted) => document.querySelector('.editor-group-container.active .tab.active')?.getAttribute('aria-label')?.startsWith(wanted),
      name,
      UI_TIMEOUT,
      `the editor of ${relativePath}`,
    );
    await this.page.waitForSelector('.editor-group-container.active .monaco-editor.focused', { timeout: UI_TIMEOUT });
  }

  /** Focuses the active editor (Ctrl+1). */
  async focusEditor() {
    await this.press('Control+Digit1');
    await this.page.waitForSelector('.editor-group-container.active .monaco-editor.focused', { timeout: UI_TIMEOUT });
  }

  /** Moves the cursor with Go to Line (Ctrl+G), 1-based like the status bar. */
  async goTo(line, column) {
    await this.focusEditor();
    await this.press('Control+KeyG');
    await this.page.waitForSelector('.quick-input-widget .quick-input-box input', { visible: true, timeout: UI_TIMEOUT });
    await this.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.until(
      (wanted) => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent?.trim() === wanted),
      `Ln ${line}, Col ${column}`,
      UI_TIMEOUT,
      `the cursor at Ln ${line}, Col ${column}`,
    );
  }

  /** The lines of the active editor that are on screen, by 1-based line number. */
  async editorLines() {
    return this.page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) {
        return {};
      }
      const numbers = new Map();
      for (const overlay of editor.querySelectorAll('.margin-view-overlays > div')) {
        const n = overlay.querySelector('.line-numbers');
        if (n) {
          numbers.set(overlay.style.top, Number(n.textContent));
        }
      }
      const lines = {};
      for (const line of editor.querySelectorAll('.view-lines .view-line')) {
        const n = numbers.get(line.style.top);
        if (n) {
          lines[n] = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        }
      }
      return lines;
    });
  }

  /** The CSS classes of the tokens on a line of the active editor (TextMate colouring). */
  async tokenClasses(lineNumber) {
    return this.page.evaluate((wanted) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      const overlay = [...editor.querySelectorAll('.margin-view-overlays > div')].find(
        (o) => o.querySelector('.line-numbers')?.textContent === String(wanted),
      );
      const line = [...editor.querySelectorAll('.view-lines .view-line')].find((l) => l.style.top === overlay?.style.top);
      return line ? [...line.querySelectorAll('span > span')].map((s) => [s.textContent.replace(/\u00a0/g, ' '), s.className]) : [];
    }, lineNumber);
  }

  /** Opens the Problems panel when it is not shown. */
  async showProblems() {
    const visible = await this.page.evaluate(() => {
      const panel = document.querySelector('.markers-panel');
      return !!panel && panel.getClientRects().length > 0;
    });
    if (!visible) {
      await this.press('Control+Shift+KeyM');
      await this.page.waitForSelector('.markers-panel', { visible: true, timeout: UI_TIMEOUT });
    }
  }

  /** The rows of the Problems panel, each with the file above it. @returns {Promise<ProblemRow[]>} */
  async problems() {
    await this.showProblems();
    return this.page.evaluate(() => {
      const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')].sort(
        (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
      );
      const result = [];
      let file = '';
      for (const row of rows) {
        const label = row.querySelector('.monaco-icon-label');
        if (label && !row.querySelector('.marker-message')) {
          file = label.getAttribute('aria-label') ?? '';
          continue;
        }
        const message = row.querySelector('.marker-message')?.textContent ?? '';
        const icon = row.querySelector('.marker-icon')?.className ?? '';
        const position = /\[Ln (\d+), Col (\d+)\]/.exec(row.querySelector('.marker-line')?.textContent ?? '');
        result.push({
          file,
          severity: ['error', 'warning', 'info'].find((s) => icon.split(/\s+/).includes(s)) ?? icon,
          message,
          source: row.querySelector('.marker-source')?.textContent ?? '',
          code: row.querySelector('.marker-code')?.textContent ?? '',
          line: position ? Number(position[1]) : 0,
          column: position ? Number(position[2]) : 0,
        });
      }
      return result;
    });
  }

  /**
   * Waits until the Problems panel's rows for `file` (an absolute path) satisfy `accept`, and
   * returns them. The rows are read again every half second: the server's answers arrive when they do.
   */
  async waitForProblems(file, accept, what) {
    const deadline = Date.now() + SERVER_TIMEOUT;
    let rows = [];
    for (;;) {
      rows = (await this.problems()).filter((r) => r.file === file);
      if (accept(rows)) {
        return rows;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}; the Problems panel shows for ${file}:\n${JSON.stringify(rows, null, 2)}`);
      }
      await sleep(500);
    }
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text once it has some. */
  async hoverText(expected) {
    await this.press('Control+KeyK');
    await this.press('Control+KeyI');
    const text = await this.until(
      (wanted) => {
        const hover = [...document.querySelectorAll('.monaco-hover')].find((h) => h.getClientRects().length > 0);
        const t = hover?.innerText ?? '';
        return t.includes(wanted) ? t : '';
      },
      expected,
      SERVER_TIMEOUT,
      `a hover containing "${expected}"`,
    );
    await this.page.keyboard.press('Escape');
    return text;
  }

  /** Asks for completion (Ctrl+Space) and returns the labels of the suggest widget once `expected` is among them. */
  async suggestLabels(expected) {
    await this.press('Control+Space');
    const labels = await this.until(
      (wanted) => {
        const widget = document.querySelector('.suggest-widget.visible');
        if (!widget) {
          return null;
        }
        const labels = [...widget.querySelectorAll('.monaco-list-row')]
          .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
          .map((r) => r.querySelector('.label-name')?.textContent ?? '');
        return labels.includes(wanted) ? labels : null;
      },
      expected,
      SERVER_TIMEOUT,
      `"${expected}" in the suggestions`,
    );
    await this.page.keyboard.press('Escape');
    return labels;
  }

  /** Opens the Quick Fix menu (Ctrl+.) at the cursor and applies the action titled `title`. */
  async applyQuickFix(title) {
    await this.press('Control+Period');
    const index = await this.until(
      (wanted) => {
        const rows = [...document.querySelectorAll('.action-widget .monaco-list-row.action')];
        const row = rows.find((r) => r.getAttribute('aria-label') === wanted);
        return row ? rows.indexOf(row) + 1 : 0;
      },
      title,
      SERVER_TIMEOUT,
      `the quick fix "${title}"`,
    );
    // the first action is focused when the menu opens
    for (let i = 1; i < index; i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector('.action-widget .monaco-list-row', { hidden: true, timeout: UI_TIMEOUT });
  }

  /** Texts of the status bar items (their accessible labels, which include the tooltips' first lines). */
  async statusBar() {
    return this.page.$$eval('.statusbar-item', (items) =>
      items.map((e) => e.getAttribute('aria-label') ?? e.textContent?.trim() ?? '').filter(Boolean),
    );
  }

  /** The notification toasts on screen: their message and buttons. */
  async notifications() {
    return this.page.$$eval('.notifications-toasts .notification-toast', (toasts) =>
      toasts.map((t) => ({
        message: t.querySelector('.notification-list-item-message')?.textContent ?? '',
        buttons: [...t.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map((b) => b.textContent ?? ''),
      })),
    );
  }

  async waitForNotification(fragment, timeout = SERVER_TIMEOUT) {
    return this.until(
      (wanted) => {
        const toast = [...document.querySelectorAll('.notifications-toasts .notification-toast')].find((t) =>
          (t.querySelector('.notification-list-item-message')?.textContent ?? '').includes(wanted),
        );
        return toast
          ? {
              message: toast.querySelector('.notification-list-item-message')?.textContent ?? '',
              buttons: [...toast.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map((b) => b.textContent ?? ''),
            }
          : null;
      },
      fragment,
      timeout,
      `a notification saying "${fragment}"`,
    );
  }

  /** The visible text of the Output panel's editor. */
  async outputText() {
    return this.page.evaluate(() => {
      const editor = document.querySelector('.output-view .monaco-editor') ?? document.querySelector('.panel .monaco-editor');
      if (!editor) {
        return '';
      }
      return [...editor.querySelectorAll('.view-lines .view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('\n');
    });
  }

  async screenshot(file) {
    await this.page.screenshot({ path: file });
  }
}
