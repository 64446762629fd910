// The answer of the server's `neam.server.lintWorkspace` command, told to the user in one line.
// This module must not import 'vscode': it is unit-tested in plain Node.

export interface LintCounts {
  files: number;
  errors: number;
  warnings: number;
  information: number;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Reads `{files, errors, warnings, information}`; undefined when the answer has another shape. */
export function readLintCounts(result: unknown): LintCounts | undefined {
  if (typeof result !== 'object' || result === null) {
    return undefined;
  }
  const r = result as Record<string, unknown>;
  const files = count(r.files);
  const errors = count(r.errors);
  const warnings = count(r.warnings);
  const information = count(r.information ?? 0);
  if (files === undefined || errors === undefined || warnings === undefined || information === undefined) {
    return undefined;
  }
  return { files, errors, warnings, information };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `Neam lint: 4 files checked, 1 error, 3 warnings, 0 information.` */
export function lintSummaryMessage(counts: LintCounts): string {
  return `Neam lint: ${plural(counts.files, 'file', 'files')} checked, ${plural(counts.errors, 'error', 'errors')}, ${plural(
    counts.warnings,
    'warning',
    'warnings',
  )}, ${counts.information} information.`;
}
