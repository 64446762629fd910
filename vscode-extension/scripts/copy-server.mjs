#!/usr/bin/env node
// Copies the language server jar built by Maven into server/ so that `vsce package` ships it.
//
// Source: ../lsp/target/neam-lsp.jar (override with NEAM_LSP_JAR=/path/to/neam-lsp.jar).
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.env.NEAM_LSP_JAR
  ? resolve(process.env.NEAM_LSP_JAR)
  : join(root, '..', 'lsp', 'target', 'neam-lsp.jar');
const target = join(root, 'server', 'neam-lsp.jar');

if (!existsSync(source) || !statSync(source).isFile()) {
  console.error(
    [
      `error: the language server jar is missing: ${source}`,
      'Build it first: run `./mvnw -B package -DskipTests` at the repository root',
      '(it produces lsp/target/neam-lsp.jar), then run `npm run package` again.',
    ].join('\n'),
  );
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`copied ${relative(process.cwd(), source) || source} -> ${relative(process.cwd(), target)}`);
