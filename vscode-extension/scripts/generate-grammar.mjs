#!/usr/bin/env node
// Generates syntaxes/neam.tmLanguage.json from the readable definition below.
//
//   node scripts/generate-grammar.mjs          write the grammar
//   node scripts/generate-grammar.mjs --check  exit 1 when the committed grammar is out of date
//
// Regexes are written with String.raw so that they read exactly as Oniguruma sees them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './grammar-file.mjs';

const r = String.raw;
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'syntaxes', 'neam.tmLanguage.json');

const ID = r`[A-Za-z_][A-Za-z0-9_]*`;
const words = (list) => list.join('|');

// ---- keyword groups -------------------------------------------------------------------------
const CONDITIONAL = ['if', 'else', 'match'];
const LOOP = ['while', 'for', 'break', 'continue'];
const FLOW = ['return', 'emit', 'checkpoint', 'rewind'];
const EXCEPTION = ['try', 'catch', 'throw', 'catch_panic'];
const MODIFIERS = ['pub', 'crate', 'super', 'mut', 'extern'];
const OTHER = ['as', 'with', 'to', 'grant', 'spawn', 'async', 'before_all', 'after_all',
  'before_each', 'after_each', 'willSet', 'didSet'];
const ASSERTS = ['assert_eq', 'assert_ne', 'assert_true', 'assert_false', 'assert_some',
  'assert_none', 'assert_ok', 'assert_err', 'assert_throws'];
const DECLARATION_KEYWORDS = ['fun', 'fn', 'let', 'const', 'type', 'struct', 'trait', 'sealed',
  'impl', 'extend', 'module', 'import', 'use', 'adopt', 'test', 'suite'];
// Words that may never start a `word Name {` declaration header.
const NOT_A_HEAD = [...CONDITIONAL, ...LOOP, ...FLOW, ...EXCEPTION, ...OTHER, ...ASSERTS,
  ...DECLARATION_KEYWORDS, 'pub', 'mut', 'in', 'not', 'true', 'false', 'nil', 'self', 'panic',
  'guardchain', 'capability', 'handoff_to'];
const NOT_A_HANDLER = [...CONDITIONAL, ...LOOP, ...FLOW, ...EXCEPTION, ...ASSERTS, 'fun', 'fn',
  'spawn', 'with', 'panic', 'handoff_to', 'not', 'in'];

const BUILTIN_FUNCTIONS = ['print', 'len', 'str', 'input', 'typeof', 'clock', 'json_parse',
  'json_stringify', 'range', 'set', 'tuple', 'Some', 'cap', 'env', 'context', 'with_context',
  'workspace_read', 'workspace_write', 'workspace_append', 'memory_search', 'session_history',
  'dag_execute'];
const BUILTIN_PREFIXES = ['math', 'time', 'file', 'http', 'crypto', 'future', 'await', 'voice',
  'realtime', 'agent', 'migration', 'dataops', 'governance', 'modeling'];

const TYPE_NAMES = ['string', 'number', 'integer', 'int', 'float', 'bool', 'boolean', 'map',
  'list', 'object', 'array', 'any', 'nil', 'String', 'Number', 'Bool', 'Map', 'List'];

const visibility = r`(?:(pub)(?:\s*(\()\s*(crate|super)\s*(\)))?\s+)?`;
const visibilityCaptures = (offset = 0) => ({
  [1 + offset]: { name: 'storage.modifier.visibility.neam' },
  [2 + offset]: { name: 'punctuation.section.parens.begin.neam' },
  [3 + offset]: { name: 'storage.modifier.visibility.neam' },
  [4 + offset]: { name: 'punctuation.section.parens.end.neam' },
});

// ---- the grammar ----------------------------------------------------------------------------
const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Neam',
  scopeName: 'source.neam',
  fileTypes: ['neam'],
  patterns: [{ include: '#statements' }],
  repository: {
    statements: {
      patterns: [
        { include: '#comments' },
        { include: '#attribute' },
        { include: '#import-statement' },
        { include: '#adopt-statement' },
        { include: '#statement-declaration' },
        { include: '#agent-header' },
        { include: '#skill-header' },
        { include: '#declaration-header' },
        { include: '#struct-declaration' },
        { include: '#impl-declaration' },
        { include: '#trait-declaration' },
        { include: '#named-type-declaration' },
        { include: '#test-declaration' },
        { include: '#const-declaration' },
        { include: '#type-alias' },
        { include: '#let-declaration' },
        { include: '#function-declaration' },
        { include: '#handoff-target' },
        { include: '#handler-member' },
        { include: '#property-key' },
        { include: '#binding-kind' },
        { include: '#expressions' },
      ],
    },

    expressions: {
      patterns: [
        { include: '#comments' },
        { include: '#strings' },
        { include: '#lambda' },
        { include: '#annotation' },
        { include: '#money' },
        { include: '#numbers' },
        { include: '#keywords' },
        { include: '#constants' },
        { include: '#function-call' },
        { include: '#member-access' },
        { include: '#operators' },
        { include: '#punctuation' },
        { include: '#identifiers' },
      ],
    },

    // ---- comments -----------------------------------------------------------------------------
    comments: {
      patterns: [
        {
          name: 'comment.line.documentation.neam',
          begin: r`///`,
          beginCaptures: { 0: { name: 'punctuation.definition.comment.neam' } },
          end: r`$`,
          patterns: [
            {
              match: r`(@param)\s+(${ID})`,
              captures: {
                1: { name: 'storage.type.class.doc.neam' },
                2: { name: 'variable.parameter.doc.neam' },
              },
            },
            { match: r`@[A-Za-z_]+`, name: 'storage.type.class.doc.neam' },
            { match: r`\x60[^\x60]*\x60`, name: 'markup.inline.raw.doc.neam' },
          ],
        },
        {
          name: 'comment.line.double-slash.neam',
          begin: r`//`,
          beginCaptures: { 0: { name: 'punctuation.definition.comment.neam' } },
          end: r`$`,
          patterns: [
            {
              match: r`\bneam-disable(?:-next-line|-line)?\b`,
              name: 'keyword.other.directive.suppress.neam',
            },
            { match: r`\b[A-Z]+[0-9]{4}\b`, name: 'constant.other.diagnostic-code.neam' },
          ],
        },
      ],
    },

    // ---- attributes and annotations ---------------------------------------------------------
    attribute: {
      name: 'meta.attribute.neam',
      begin: r`(#)(\[)\s*(${ID})?`,
      beginCaptures: {
        1: { name: 'punctuation.definition.attribute.neam' },
        2: { name: 'punctuation.definition.attribute.begin.neam' },
        3: { name: 'entity.other.attribute-name.neam' },
      },
      end: r`\]`,
      endCaptures: { 0: { name: 'punctuation.definition.attribute.end.neam' } },
      patterns: [{ include: '#expressions' }],
    },
    annotation: {
      // `@constraint` / `@enum(["a", "b"])` after a type; the arguments are ordinary expressions.
      match: r`(@)(${ID})`,
      captures: {
        1: { name: 'punctuation.definition.decorator.neam' },
        2: { name: 'entity.name.function.decorator.neam' },
      },
    },

    // ---- module / import / use / adopt --------------------------------------------------------
    'import-statement': {
      name: 'meta.import.neam',
      begin: r`\b(module|import|use)\b(?!\s*:)`,
      beginCaptures: { 1: { name: 'keyword.control.import.neam' } },
      end: r`(;)|$`,
      endCaptures: { 1: { name: 'punctuation.terminator.statement.neam' } },
      patterns: [{ include: '#module-path' }],
    },
    'adopt-statement': {
      name: 'meta.import.adopt.neam',
      begin: r`\b(adopt)\b(?!\s*:)`,
      beginCaptures: { 1: { name: 'keyword.control.import.neam' } },
      end: r`(;)|$`,
      endCaptures: { 1: { name: 'punctuation.terminator.statement.neam' } },
      patterns: [{ include: '#module-path' }],
    },
    'module-path': {
      patterns: [
        { include: '#comments' },
        {
          match: r`\b(as)\s+(${ID})`,
          captures: {
            1: { name: 'keyword.other.as.neam' },
            2: { name: 'entity.name.namespace.alias.neam' },
          },
        },
        {
          begin: r`\{`,
          beginCaptures: { 0: { name: 'punctuation.section.braces.begin.neam' } },
          end: r`\}`,
          endCaptures: { 0: { name: 'punctuation.section.braces.end.neam' } },
          patterns: [
            { match: ID, name: 'variable.other.import.neam' },
            { match: ',', name: 'punctuation.separator.comma.neam' },
          ],
        },
        { match: r`::|\.`, name: 'punctuation.separator.namespace.neam' },
        { match: r`\*`, name: 'keyword.operator.wildcard.neam' },
        { match: ID, name: 'entity.name.namespace.neam' },
      ],
    },

    // ---- declarations -----------------------------------------------------------------------
    'statement-declaration': {
      // guardchain Name = [G1, G2];   capability Name = cap("file:*");
      match: r`^\s*${visibility}(guardchain|capability)\s+(${ID})\s*(?==)`,
      captures: {
        ...visibilityCaptures(),
        5: { name: 'storage.type.declaration.neam' },
        6: { name: 'entity.name.type.declaration.neam' },
      },
    },
    'agent-header': {
      // agent X {   claw agent X {   data agent X {   pub forge agent X {
      match: r`^\s*${visibility}(?:(?!(?:${words(NOT_A_HEAD)})\b)(${ID})\s+)?(agent)\s+(${ID})\s*(?=\{)`,
      captures: {
        ...visibilityCaptures(),
        5: { name: 'storage.type.declaration.neam' },
        6: { name: 'storage.type.declaration.neam' },
        7: { name: 'entity.name.type.agent.neam' },
      },
    },
    'skill-header': {
      // skill X {   extern skill X {   tool X {
      match: r`^\s*${visibility}(?:(extern)\s+)?(skill|tool)\s+(${ID})\s*(?=\{)`,
      captures: {
        ...visibilityCaptures(),
        5: { name: 'storage.modifier.extern.neam' },
        6: { name: 'storage.type.declaration.neam' },
        7: { name: 'entity.name.function.skill.neam' },
      },
    },
    'declaration-header': {
      // Any `word Name {` or `word word Name {` at the start of a line: the vocabulary is data, so
      // every declaration kind (knowledge, budget, guard, runner, channel, harness, wiki …) fits.
      match: r`^\s*${visibility}(?:(extern)\s+)?(?!(?:${words(NOT_A_HEAD)})\b)(${ID})(?:\s+(?!(?:${words(NOT_A_HEAD)})\b)(${ID}))?\s+(${ID})\s*(?=\{)`,
      captures: {
        ...visibilityCaptures(),
        5: { name: 'storage.modifier.extern.neam' },
        6: { name: 'storage.type.declaration.neam' },
        7: { name: 'storage.type.declaration.neam' },
        8: { name: 'entity.name.type.declaration.neam' },
      },
    },
    'struct-declaration': {
      match: r`\b(?:(mut)\s+)?(struct)\s+(${ID})\s*(?:(<)([^>]*)(>))?`,
      captures: {
        1: { name: 'storage.modifier.mut.neam' },
        2: { name: 'storage.type.struct.neam' },
        3: { name: 'entity.name.type.struct.neam' },
        4: { name: 'punctuation.definition.typeparameters.begin.neam' },
        5: { patterns: [{ match: ID, name: 'entity.name.type.parameter.neam' }] },
        6: { name: 'punctuation.definition.typeparameters.end.neam' },
      },
    },
    'impl-declaration': {
      // impl Type {   impl Trait for Type {   extend Type {
      match: r`\b(impl|extend)\s+(${ID})(?:\s+(for)\s+(${ID}))?(?=\s*\{)`,
      captures: {
        1: { name: 'storage.type.impl.neam' },
        2: { name: 'entity.name.type.neam' },
        3: { name: 'keyword.other.for.neam' },
        4: { name: 'entity.name.type.neam' },
      },
    },
    'trait-declaration': {
      match: r`\b(trait)\s+(${ID})(?:\s*(:)\s*([A-Za-z0-9_+\s]*?))?(?=\s*\{)`,
      captures: {
        1: { name: 'storage.type.trait.neam' },
        2: { name: 'entity.name.type.trait.neam' },
        3: { name: 'punctuation.separator.colon.neam' },
        4: {
          patterns: [
            { match: ID, name: 'entity.other.inherited-class.neam' },
            { match: r`\+`, name: 'keyword.operator.arithmetic.neam' },
          ],
        },
      },
    },
    'named-type-declaration': {
      match: r`\b(sealed)\s+(${ID})`,
      captures: {
        1: { name: 'storage.type.sealed.neam' },
        2: { name: 'entity.name.type.enum.neam' },
      },
    },
    'test-declaration': {
      match: r`\b(test|suite)\b(?=\s*")`,
      captures: { 1: { name: 'storage.type.test.neam' } },
    },
    'const-declaration': {
      match: r`\b(const)\s+(${ID})(?:\s*(:)\s*(${ID}))?`,
      captures: {
        1: { name: 'storage.type.const.neam' },
        2: { name: 'variable.other.constant.neam' },
        3: { name: 'punctuation.separator.colon.neam' },
        4: { name: 'entity.name.type.neam' },
      },
    },
    'type-alias': {
      match: r`\b(type)\s+(${ID})\s*(=)`,
      captures: {
        1: { name: 'storage.type.alias.neam' },
        2: { name: 'entity.name.type.alias.neam' },
        3: { name: 'keyword.operator.assignment.neam' },
      },
    },
    'let-declaration': {
      match: r`\b(let)\s+(?:(${ID})\b)?`,
      captures: {
        1: { name: 'storage.type.let.neam' },
        2: { name: 'variable.other.definition.neam' },
      },
    },
    'function-declaration': {
      name: 'meta.function.neam',
      begin: r`\b(fun|fn)\s+(${ID})\s*(\()`,
      beginCaptures: {
        1: { name: 'storage.type.function.neam' },
        2: { name: 'entity.name.function.neam' },
        3: { name: 'punctuation.definition.parameters.begin.neam' },
      },
      end: r`(\))(?:\s*(->|-\s+>)\s*(${ID}))?`,
      endCaptures: {
        1: { name: 'punctuation.definition.parameters.end.neam' },
        2: { name: 'keyword.operator.arrow.neam' },
        3: { name: 'entity.name.type.neam' },
      },
      patterns: [{ include: '#parameters' }],
    },
    lambda: {
      name: 'meta.function.lambda.neam',
      begin: r`\b(fun)\s*(\()`,
      beginCaptures: {
        1: { name: 'storage.type.function.neam' },
        2: { name: 'punctuation.definition.parameters.begin.neam' },
      },
      end: r`\)`,
      endCaptures: { 0: { name: 'punctuation.definition.parameters.end.neam' } },
      patterns: [{ include: '#parameters' }],
    },
    'handoff-target': {
      // handoffs: [ handoff_to(Billing) { tool_name: "billing" } ]
      match: r`\b(handoff_to)\s*(\()\s*(${ID})\s*(\))`,
      captures: {
        1: { name: 'support.function.builtin.neam' },
        2: { name: 'punctuation.section.parens.begin.neam' },
        3: { name: 'entity.name.type.agent.neam' },
        4: { name: 'punctuation.section.parens.end.neam' },
      },
    },
    'handler-member': {
      // impl(a, b) {   on_tool_input(x) -> string {   willSet(v) {   (a member with a body)
      name: 'meta.function.handler.neam',
      begin: r`^\s*(?!(?:${words(NOT_A_HANDLER)})\b)(${ID})\s*(\()(?=[^()]*\)\s*(?:(?:->|-\s+>)\s*${ID}\s*)?\{)`,
      beginCaptures: {
        1: { name: 'entity.name.function.handler.neam' },
        2: { name: 'punctuation.definition.parameters.begin.neam' },
      },
      end: r`(\))(?:\s*(->|-\s+>)\s*(${ID}))?`,
      endCaptures: {
        1: { name: 'punctuation.definition.parameters.end.neam' },
        2: { name: 'keyword.operator.arrow.neam' },
        3: { name: 'entity.name.type.neam' },
      },
      patterns: [{ include: '#parameters' }],
    },
    parameters: {
      patterns: [
        { include: '#comments' },
        { match: r`\bself\b`, name: 'variable.language.self.neam' },
        {
          match: r`(:)\s*(${ID})`,
          captures: {
            1: { name: 'punctuation.separator.colon.neam' },
            2: { name: 'entity.name.type.neam' },
          },
        },
        {
          begin: '=',
          beginCaptures: { 0: { name: 'keyword.operator.assignment.neam' } },
          end: r`(?=[,)])`,
          patterns: [{ include: '#expressions' }],
        },
        { include: '#annotation' },
        { match: ID, name: 'variable.parameter.neam' },
        { match: ',', name: 'punctuation.separator.comma.neam' },
        { include: '#strings' },
        { include: '#numbers' },
        { include: '#punctuation' },
      ],
    },
    'property-key': {
      patterns: [
        {
          // `key:` first on a line inside a body (also struct fields and multi-line maps)
          match: r`^\s*(${ID})\s*(:)(?!:)`,
          captures: {
            1: { name: 'variable.other.property.neam' },
            2: { name: 'punctuation.separator.key-value.neam' },
          },
        },
        {
          // `{ key:` / `, key:` / `(key:` inline (map literals, skill params, named construction)
          match: r`(?<=[{,(])\s*(${ID})\s*(:)(?!:)`,
          captures: {
            1: { name: 'variable.other.property.neam' },
            2: { name: 'punctuation.separator.key-value.neam' },
          },
        },
        {
          // `provider: "x" model: "y"` — a second key after a value on the same line (dialect A)
          match: r`(?<=["'\w\])}])\s+(${ID})\s*(:)(?!:)`,
          captures: {
            1: { name: 'variable.other.property.neam' },
            2: { name: 'punctuation.separator.key-value.neam' },
          },
        },
      ],
    },

    'binding-kind': {
      // extern skill … binding: http { … }   (also mcp { … } and claude_builtin { … })
      match: r`\b(mcp|http|claude_builtin)\b(?=\s*\{)`,
      name: 'support.type.binding.neam',
    },

    // ---- literals -----------------------------------------------------------------------------
    strings: {
      patterns: [
        { include: '#path-string' },
        { include: '#format-string' },
        {
          // Neam strings have no escape sequences and may span lines.
          name: 'string.quoted.double.neam',
          begin: '"',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.neam' } },
          end: '"',
          endCaptures: { 0: { name: 'punctuation.definition.string.end.neam' } },
        },
        {
          name: 'string.quoted.single.neam',
          begin: "'",
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.neam' } },
          end: "'",
          endCaptures: { 0: { name: 'punctuation.definition.string.end.neam' } },
        },
      ],
    },
    'path-string': {
      name: 'string.quoted.double.path.neam',
      begin: r`(?<![A-Za-z0-9_])(p)(")`,
      beginCaptures: {
        1: { name: 'storage.type.string.path.neam' },
        2: { name: 'punctuation.definition.string.begin.neam' },
      },
      end: '"',
      endCaptures: { 0: { name: 'punctuation.definition.string.end.neam' } },
    },
    'format-string': {
      name: 'string.interpolated.neam',
      begin: r`(?<![A-Za-z0-9_.])(f)\s*(")`,
      beginCaptures: {
        1: { name: 'storage.type.string.format.neam' },
        2: { name: 'punctuation.definition.string.begin.neam' },
      },
      end: '"',
      endCaptures: { 0: { name: 'punctuation.definition.string.end.neam' } },
      patterns: [{ include: '#format-expression' }],
    },
    'format-expression': {
      name: 'meta.embedded.expression.neam',
      contentName: 'source.neam',
      begin: r`\{`,
      beginCaptures: { 0: { name: 'punctuation.section.embedded.begin.neam' } },
      // a string cannot contain `"`, so an unclosed `{` stops at the closing quote
      end: r`\}|(?=")`,
      endCaptures: { 0: { name: 'punctuation.section.embedded.end.neam' } },
      patterns: [{ include: '#format-expression-content' }],
    },
    'format-expression-content': {
      patterns: [
        {
          begin: r`\{`,
          end: r`\}|(?=")`,
          patterns: [{ include: '#format-expression-content' }],
        },
        { include: '#numbers' },
        { include: '#keywords' },
        { include: '#constants' },
        { include: '#function-call' },
        { include: '#member-access' },
        { include: '#operators' },
        { include: '#punctuation' },
        { include: '#identifiers' },
      ],
    },
    money: {
      // budget values: $5, $0.50
      match: r`(\$)\s*([0-9]+(?:\.[0-9]*)?)`,
      captures: {
        1: { name: 'keyword.other.unit.currency.neam' },
        2: { name: 'constant.numeric.decimal.neam' },
      },
    },
    numbers: {
      // 3, 3.14, 3. — and budget units on the same line: 30s, 500 ms, 2 min, 1h
      match: r`\b([0-9]+(?:\.[0-9]*)?)(?:[ \t]*(ms|min|s|h)\b)?`,
      captures: {
        1: { name: 'constant.numeric.decimal.neam' },
        2: { name: 'keyword.other.unit.neam' },
      },
    },
    constants: {
      patterns: [
        { match: r`\b(true|false)\b`, name: 'constant.language.boolean.neam' },
        { match: r`\b(nil|None)\b`, name: 'constant.language.null.neam' },
        { match: r`\bself\b`, name: 'variable.language.self.neam' },
        { match: r`\b_\b`, name: 'variable.language.wildcard.neam' },
        { match: r`\b[A-Z][A-Z0-9_]*[A-Z0-9]\b`, name: 'variable.other.constant.neam' },
      ],
    },

    // ---- keywords -----------------------------------------------------------------------------
    keywords: {
      patterns: [
        { match: r`\b(${words(CONDITIONAL)})\b`, name: 'keyword.control.conditional.neam' },
        { match: r`\b(${words(LOOP)})\b`, name: 'keyword.control.loop.neam' },
        { match: r`\b(${words(FLOW)})\b`, name: 'keyword.control.flow.neam' },
        {
          match: r`\b(panic)(!)`,
          captures: {
            1: { name: 'keyword.control.exception.neam' },
            2: { name: 'keyword.control.exception.neam' },
          },
        },
        { match: r`\b(${words(EXCEPTION)})\b`, name: 'keyword.control.exception.neam' },
        { match: r`\b(${words(ASSERTS)})\b`, name: 'keyword.other.assert.neam' },
        { match: r`\b(fun|fn)\b`, name: 'storage.type.function.neam' },
        { match: r`\b(let|const|type|struct|trait|sealed|impl|extend|test|suite)\b`, name: 'storage.type.neam' },
        { match: r`\b(${words(MODIFIERS)})\b`, name: 'storage.modifier.neam' },
        { match: r`\b(in|not)\b`, name: 'keyword.operator.word.neam' },
        { match: r`\b(${words(OTHER)})\b`, name: 'keyword.other.neam' },
      ],
    },

    // ---- calls, members, identifiers ----------------------------------------------------------
    'function-call': {
      patterns: [
        {
          match: r`\b(${words(BUILTIN_FUNCTIONS)}|(?:${words(BUILTIN_PREFIXES)})_[A-Za-z0-9_]+)\s*(?=\()`,
          captures: { 1: { name: 'support.function.builtin.neam' } },
        },
        {
          match: r`(?<![.\w])(${ID})\s*(?=\()`,
          captures: { 1: { name: 'entity.name.function.call.neam' } },
        },
      ],
    },
    'member-access': {
      patterns: [
        {
          match: r`(\.)\s*(${ID})\s*(?=\()`,
          captures: {
            1: { name: 'punctuation.accessor.neam' },
            2: { name: 'entity.name.function.member.neam' },
          },
        },
        {
          match: r`(\.)\s*(${ID})`,
          captures: {
            1: { name: 'punctuation.accessor.neam' },
            2: { name: 'variable.other.member.neam' },
          },
        },
      ],
    },
    identifiers: {
      patterns: [
        { match: r`\b(${words(TYPE_NAMES)})\b(?=\s*[,)=>\]}@]|\s*$)`, name: 'support.type.primitive.neam' },
        { match: ID, name: 'variable.other.neam' },
      ],
    },

    // ---- operators and punctuation -------------------------------------------------------------
    operators: {
      patterns: [
        { match: r`\.\.\.`, name: 'keyword.operator.spread.neam' },
        { match: r`\|>`, name: 'keyword.operator.pipe.neam' },
        { match: r`->`, name: 'keyword.operator.arrow.neam' },
        { match: r`=>`, name: 'keyword.operator.arrow.fat.neam' },
        { match: r`\?\?`, name: 'keyword.operator.null-coalescing.neam' },
        { match: r`&&|\|\||!(?!=)`, name: 'keyword.operator.logical.neam' },
        { match: r`==|!=|<=|>=|<|>`, name: 'keyword.operator.comparison.neam' },
        { match: r`=`, name: 'keyword.operator.assignment.neam' },
        { match: r`[-+*/%]`, name: 'keyword.operator.arithmetic.neam' },
        { match: r`\?`, name: 'keyword.operator.try.neam' },
        { match: r`::`, name: 'punctuation.separator.namespace.neam' },
      ],
    },
    punctuation: {
      patterns: [
        { match: r`\{`, name: 'punctuation.section.braces.begin.neam' },
        { match: r`\}`, name: 'punctuation.section.braces.end.neam' },
        { match: r`\(`, name: 'punctuation.section.parens.begin.neam' },
        { match: r`\)`, name: 'punctuation.section.parens.end.neam' },
        { match: r`\[`, name: 'punctuation.section.brackets.begin.neam' },
        { match: r`\]`, name: 'punctuation.section.brackets.end.neam' },
        { match: ',', name: 'punctuation.separator.comma.neam' },
        { match: ';', name: 'punctuation.terminator.statement.neam' },
        { match: ':', name: 'punctuation.separator.colon.neam' },
        { match: r`\.`, name: 'punctuation.accessor.neam' },
        { match: r`#`, name: 'punctuation.definition.hash.neam' },
      ],
    },
  },
};

writeOrCheck(target, grammar, 'generate-grammar.mjs');
