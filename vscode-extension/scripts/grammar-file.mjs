// Writes a generated TextMate grammar, or with --check fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export function writeOrCheck(target, grammar, generator) {
  const text = `${JSON.stringify(grammar, null, 2)}\n`;
  const name = `syntaxes/${basename(target)}`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(`${name} is out of date: run \`node scripts/${generator}\`.`);
      process.exit(1);
    }
    console.log(`${name} is up to date.`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
