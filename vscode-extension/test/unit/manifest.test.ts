// Checks package.json contributions, the language configuration and the grammar file against each
// other and against the client code, so that a rename in one place cannot silently break another.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_DEBOUNCE_MS, DEFAULT_HOT_DOCUMENTS, DEFAULT_DEPLOY_GLOBS, LANGUAGE_VERSIONS, readServerSettings } from '../../src/settings';
import { EXTENSION_ROOT } from './helpers';

const read = (file: string) => readFileSync(path.join(EXTENSION_ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const contributes = pkg.contributes;
const properties = contributes.configuration.properties;

describe('package.json', () => {
  it('is packaged as neam-<version>.vsix with a licence and an icon', () => {
    assert.equal(pkg.name, 'neam');
    assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
    assert.equal(pkg.license, 'Apache-2.0');
    assert.ok(existsSync(path.join(EXTENSION_ROOT, 'LICENSE')));
    assert.ok(existsSync(path.join(EXTENSION_ROOT, pkg.icon)));
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.engines.vscode, '^1.91.0');
  });

  it('contributes the neam language with a grammar, configuration and icon', () => {
    const [language] = contributes.languages;
    assert.equal(language.id, 'neam');
    assert.deepEqual(language.extensions, ['.neam']);
    assert.ok(language.aliases.includes('Neam'));
    assert.ok(existsSync(path.join(EXTENSION_ROOT, language.configuration)));
    assert.ok(existsSync(path.join(EXTENSION_ROOT, language.icon.light)));
    assert.ok(existsSync(path.join(EXTENSION_ROOT, language.icon.dark)));
    const [grammar] = contributes.grammars;
    assert.equal(grammar.language, 'neam');
    assert.equal(grammar.scopeName, 'source.neam');
    assert.equal(JSON.parse(read(grammar.path)).scopeName, 'source.neam');
  });

  it('contributes the neam-toml language for files named neam.toml, with its own TOML grammar', () => {
    const language = contributes.languages.find((l: { id: string }) => l.id === 'neam-toml');
    assert.ok(language, 'no neam-toml language');
    assert.deepEqual(language.filenames, ['neam.toml']);
    assert.equal(language.extensions, undefined, 'other .toml files must keep their own language');
    assert.equal(language.aliases[0], 'Neam Manifest');
    assert.ok(existsSync(path.join(EXTENSION_ROOT, language.configuration)));
    const grammar = contributes.grammars.find((g: { language: string }) => g.language === 'neam-toml');
    assert.equal(grammar.scopeName, 'source.toml.neam');
    assert.equal(JSON.parse(read(grammar.path)).scopeName, 'source.toml.neam');
    assert.ok(pkg.activationEvents.includes('onLanguage:neam-toml'));
  });

  it('contributes a problem matcher that reads the lint command\'s text output', () => {
    const [matcher] = contributes.problemMatchers;
    assert.equal(matcher.name, 'neam-lint');
    assert.ok(read('src/extension.ts').includes(`'$${matcher.name}'`), 'the lint task does not use the matcher');
    const pattern = new RegExp(matcher.pattern.regexp);
    const warning = pattern.exec(`./neam.toml:8:12: warning TOML9001 'replicas' is quoted: neamc cannot read "3" as an integer`);
    assert.ok(warning);
    assert.deepEqual(
      [warning[matcher.pattern.file], warning[matcher.pattern.line], warning[matcher.pattern.column], warning[matcher.pattern.severity], warning[matcher.pattern.code], warning[matcher.pattern.message]],
      ['./neam.toml', '8', '12', 'warning', 'TOML9001', `'replicas' is quoted: neamc cannot read "3" as an integer`],
    );
    // VS Code knows "info", not "information"
    const information = pattern.exec('/w/src/a.neam:21:15: information NEAM2015 OPENAI_API_KEY is not set');
    assert.equal(information?.[matcher.pattern.severity], 'info');
    assert.equal(pattern.exec('4 files, 1 error, 3 warnings'), null);
  });

  it('declares semantic token scopes for every token type the server emits', () => {
    const scopes = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'neam').scopes;
    const selectorTypes = new Set(Object.keys(scopes).map((k) => k.split('.')[0]));
    for (const type of ['agent', 'skill', 'knowledge', 'property', 'parameter', 'variable', 'function', 'struct', 'field', 'string', 'path', 'number', 'comment']) {
      assert.ok(selectorTypes.has(type), `no scope for ${type}`);
    }
    const custom = new Map(contributes.semanticTokenTypes.map((t: { id: string; superType: string }) => [t.id, t.superType]));
    for (const type of ['agent', 'skill', 'knowledge', 'field', 'path']) {
      assert.ok(custom.has(type), `${type} is not declared in semanticTokenTypes`);
    }
    const modifiers = new Set(Object.keys(scopes).flatMap((k) => k.split('.').slice(1)));
    for (const modifier of ['declaration', 'readonly', 'defaultLibrary', 'deprecated']) {
      assert.ok(modifiers.has(modifier), `no scope uses the ${modifier} modifier`);
    }
  });

  it('declares every setting with the right type and default', () => {
    assert.deepEqual(properties['neam.java.home'].type, ['string', 'null']);
    assert.equal(properties['neam.server.vmargs'].type, 'string');
    assert.deepEqual(properties['neam.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.deepEqual(properties['neam.languageVersion'].enum, [...LANGUAGE_VERSIONS]);
    assert.equal(properties['neam.languageVersion'].default, 'auto');
    for (const key of ['syntax', 'semantic', 'manifest', 'deploy']) {
      assert.equal(properties[`neam.diagnostics.${key}`].type, 'boolean');
      assert.equal(properties[`neam.diagnostics.${key}`].default, true);
    }
    assert.equal(properties['neam.diagnostics.debounceMs'].default, DEFAULT_DEBOUNCE_MS);
    assert.equal(properties['neam.performance.hotDocuments'].default, DEFAULT_HOT_DOCUMENTS);
    assert.deepEqual(properties['neam.deploy.globs'].default, [...DEFAULT_DEPLOY_GLOBS]);
  });

  it('declares exactly the settings that the server or the client reads', () => {
    // Sent to the server (its SettingsReader reads these keys, see src/settings.ts).
    const sent: string[] = [];
    readServerSettings((key) => {
      sent.push(`neam.${key}`);
      return undefined;
    });
    // Read by the client only: the JVM to start, its arguments, and vscode-languageclient's tracing.
    const client = read('src/extension.ts');
    assert.ok(client.includes(`get<string | null>('java.home')`));
    assert.ok(client.includes(`get<string>('server.vmargs')`));
    const clientOnly = ['neam.java.home', 'neam.server.vmargs', 'neam.trace.server'];
    assert.deepEqual(Object.keys(properties).sort(), [...clientOnly, ...sent].sort());
    for (const key of Object.keys(properties)) {
      assert.ok(properties[key].description || properties[key].markdownDescription, `${key} has no description`);
    }
  });

  it('contributes the restart, output and lint commands, and registers the code lens command', () => {
    const commands = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(commands, ['neam.lintWorkspace', 'neam.restartServer', 'neam.showOutput']);
    const client = read('src/extension.ts');
    for (const command of commands) {
      assert.ok(client.includes(`'${command}'`), `${command} is not registered in src/extension.ts`);
    }
    // The code lens command is registered but kept out of the palette: it needs the lens's arguments.
    assert.match(client, /registerCommand\(SHOW_REFERENCES_COMMAND,/);
  });

  it('activates on Neam files, neam.toml and every default deploy glob', () => {
    const events: string[] = pkg.activationEvents;
    assert.ok(events.includes('workspaceContains:**/*.neam'));
    assert.ok(events.includes('workspaceContains:**/neam.toml'));
    for (const glob of DEFAULT_DEPLOY_GLOBS) {
      assert.ok(events.includes(`workspaceContains:${glob}`), `no activation for ${glob}`);
    }
    assert.ok(events.includes('onLanguage:neam'));
    assert.ok(!events.includes('*'));
  });

  it('has npm scripts for building, packaging and testing', () => {
    for (const script of ['compile', 'bundle', 'copy-server', 'package', 'test', 'vscode:prepublish']) {
      assert.ok(pkg.scripts[script], `missing script ${script}`);
    }
    assert.match(pkg.scripts.package, /^vsce package --no-dependencies/);
    assert.match(pkg.scripts['vscode:prepublish'], /copy-server/);
    assert.match(pkg.scripts['vscode:prepublish'], /bundle/);
  });
});

describe('language-configuration.json', () => {
  const config = JSON.parse(read('language-configuration.json'));

  it('uses // line comments and the three bracket pairs', () => {
    assert.deepEqual(config.comments, { lineComment: '//' });
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
  });

  it('does not auto-close quotes inside strings and comments', () => {
    for (const quote of ['"', "'"]) {
      const pair = config.autoClosingPairs.find((p: { open: string }) => p.open === quote);
      assert.deepEqual(pair.notIn, ['string', 'comment']);
    }
    assert.ok(config.surroundingPairs.some((p: string[]) => p[0] === '"'));
  });

  it('has compilable patterns for words, folding and indentation', () => {
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('let max_turns = 30s;'.match(word), ['let', 'max_turns', '30s']);
    assert.ok(new RegExp(config.folding.markers.start).test('  // region agents'));
    assert.ok(new RegExp(config.folding.markers.end).test('// endregion'));
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test('agent Bot {'));
    assert.ok(increase.test('  skills: ['));
    assert.ok(!increase.test('agent Bot { provider: "x" }'));
    assert.ok(!increase.test('// agent Bot {'));
    assert.ok(decrease.test('  }'));
    assert.ok(decrease.test('  ]'));
  });

  it('continues /// doc comments on Enter', () => {
    const rule = config.onEnterRules.find((r: { beforeText: string }) => new RegExp(r.beforeText).test('  /// Greets a user.'));
    assert.ok(rule, 'no onEnter rule for ///');
    assert.equal(rule.action.appendText, '/// ');
    assert.ok(!config.onEnterRules.some((r: { beforeText: string }) => new RegExp(r.beforeText).test('  // plain comment')));
  });
});

describe('language-configuration-toml.json', () => {
  const config = JSON.parse(read('language-configuration-toml.json'));

  it('uses # line comments and takes dashed keys as one word', () => {
    assert.deepEqual(config.comments, { lineComment: '#' });
    assert.deepEqual(config.brackets, [['[', ']'], ['{', '}']]);
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('hpa-cpu-target = 70'.match(word), ['hpa-cpu-target', '70']);
  });

  it('indents after an open array or inline table, not after a table header', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    assert.ok(increase.test('capabilities = ['));
    assert.ok(!increase.test('[deploy.kubernetes]'));
    assert.ok(!increase.test('# ['));
    assert.ok(new RegExp(config.indentationRules.decreaseIndentPattern).test('  ]'));
  });
});

describe('grammar and sources', () => {
  for (const [grammar, generator] of [
    ['neam.tmLanguage.json', 'generate-grammar.mjs'],
    ['neam-toml.tmLanguage.json', 'generate-toml-grammar.mjs'],
  ]) {
    it(`syntaxes/${grammar} is generated from scripts/${generator}`, () => {
      const result = spawnSync(process.execPath, [path.join(EXTENSION_ROOT, 'scripts', generator), '--check'], {
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
    });
  }

  it('has grammar tests for neam.toml', () => {
    const file = read(path.join('test', 'grammar', 'manifest.test.toml'));
    assert.match(file, /^# SYNTAX TEST "source\.toml\.neam"/);
    assert.ok(file.split('\n').filter((l) => /^#\s*(\^|<-)/.test(l)).length >= 30);
  });

  it('has at least 25 assertion blocks across the grammar tests', () => {
    const dir = path.join(EXTENSION_ROOT, 'test', 'grammar');
    const files = readdirSync(dir).filter((f) => f.endsWith('.test.neam'));
    let blocks = 0;
    for (const file of files) {
      const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
      assert.match(lines[0], /^\/\/ SYNTAX TEST "source\.neam"/);
      const isAssertion = (l: string) => /^\/\/\s*(\^|<[~-])/.test(l);
      for (let i = 1; i < lines.length; i++) {
        if (isAssertion(lines[i]) && !isAssertion(lines[i - 1])) {
          blocks++;
        }
      }
    }
    assert.ok(blocks >= 25, `only ${blocks} assertion blocks`);
  });

  it('keeps the unit-tested modules free of the vscode API', () => {
    for (const file of ['java.ts', 'launch.ts', 'lintSummary.ts', 'references.ts', 'serverOutput.ts', 'settings.ts', 'status.ts']) {
      const source = read(path.join('src', file));
      assert.ok(!/from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(source), `${file} imports vscode`);
    }
  });
});

describe('scripts/copy-server.mjs', () => {
  it('fails with a clear message when the server jar is missing', () => {
    const result = spawnSync(process.execPath, [path.join(EXTENSION_ROOT, 'scripts', 'copy-server.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, NEAM_LSP_JAR: path.join(EXTENSION_ROOT, 'does-not-exist', 'neam-lsp.jar') },
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /the language server jar is missing/);
    assert.match(result.stderr, /\.\/mvnw -B package -DskipTests/);
  });
});
