// What `neam-lsp lint` reports for a folder, in the shape of the Problems panel's rows: the
// editor must show exactly these findings for the same text.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** Lint severities as the Problems panel shows them; hints are not listed there. */
const PANEL_SEVERITY = { error: 'error', warning: 'warning', information: 'info' };

/**
 * Runs `java -jar <jar> lint --format json <folder>` and returns its findings by absolute file path
 * (rows with 1-based line and column, as the panel prints them) and its summary.
 */
export function lint(java, jar, folder) {
  const result = spawnSync(java, ['-jar', jar, 'lint', '--format', 'json', '--fail-on', 'never', '.'], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(`lint failed with status ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  const report = JSON.parse(result.stdout);
  /** @type {Map<string, import('./workbench.mjs').ProblemRow[]>} */
  const byFile = new Map();
  for (const file of report.files) {
    const absolute = path.resolve(folder, file.path);
    byFile.set(
      absolute,
      file.diagnostics
        .filter((d) => d.severity in PANEL_SEVERITY)
        .map((d) => ({
          file: absolute,
          severity: PANEL_SEVERITY[d.severity],
          message: d.message,
          source: 'neam',
          code: d.code,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
        })),
    );
  }
  return { byFile, summary: report.summary };
}

/** One comparable line per row: severity, code, position and message. */
export function describeRows(rows) {
  return rows.map((r) => `${r.severity} ${r.code} ${r.line}:${r.column} ${r.message}`).sort();
}
