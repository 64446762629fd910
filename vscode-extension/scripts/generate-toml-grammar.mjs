#!/usr/bin/env node
// Generates syntaxes/neam-toml.tmLanguage.json, the TOML grammar of the `neam-toml` language (files
// named neam.toml), from the readable definition below.
//
//   node scripts/generate-toml-grammar.mjs          write the grammar
//   node scripts/generate-toml-grammar.mjs --check  exit 1 when the committed grammar is out of date
//
// Regexes are written with String.raw so that they read exactly as Oniguruma sees them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './grammar-file.mjs';

const r = String.raw;
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'syntaxes', 'neam-toml.tmLanguage.json');

// ---- TOML 1.0 tokens ----------------------------------------------------------------------------
const BARE_KEY = r`[A-Za-z0-9_-]+`;
const BASIC_KEY = r`"(?:[^"\\]|\\.)*"`;
const LITERAL_KEY = r`'[^']*'`;
const SIMPLE_KEY = `(?:${BARE_KEY}|${BASIC_KEY}|${LITERAL_KEY})`;
const DOTTED_KEY = `${SIMPLE_KEY}(?:\\s*\\.\\s*${SIMPLE_KEY})*`;
const DIGITS = r`[0-9](?:_?[0-9])*`;
const DECIMAL = r`[+-]?(?:0|[1-9](?:_?[0-9])*)`;
// A number ends where a date, a key or another word would go on.
const NUMBER_END = r`(?![\w.:-])`;
const NUMBER_START = r`(?<![\w.:-])`;
const DATE = r`[0-9]{4}-[0-9]{2}-[0-9]{2}`;
const TIME = r`[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?`;
const OFFSET = r`(?:[Zz]|[+-][0-9]{2}:[0-9]{2})`;

/** The parts of a key: bare and quoted names, and the dots between them. */
const keyParts = (scope) => [
  { match: BASIC_KEY, name: `string.quoted.double.key.toml ${scope}` },
  { match: LITERAL_KEY, name: `string.quoted.single.key.toml ${scope}` },
  { match: BARE_KEY, name: scope },
  { match: r`\.`, name: 'punctuation.separator.dot.toml' },
];

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Neam manifest (TOML)',
  scopeName: 'source.toml.neam',
  fileTypes: ['neam.toml'],
  patterns: [
    { include: '#comments' },
    { include: '#array-table' },
    { include: '#table' },
    { include: '#key-value' },
    { include: '#values' },
  ],
  repository: {
    comments: {
      patterns: [
        {
          // # neam-disable-next-line TOML9001  /  # neam-disable DEPLOY7001, DEPLOY7002
          match: r`(#)\s*(neam-disable(?:-next-line)?)\b([^\n]*)`,
          name: 'comment.line.number-sign.toml',
          captures: {
            1: { name: 'punctuation.definition.comment.toml' },
            2: { name: 'keyword.other.suppression.toml' },
            3: { patterns: [{ match: r`\b[A-Z]+[0-9]{4}\b`, name: 'constant.other.diagnostic-code.toml' }] },
          },
        },
        {
          match: r`(#).*$`,
          name: 'comment.line.number-sign.toml',
          captures: { 1: { name: 'punctuation.definition.comment.toml' } },
        },
      ],
    },
    'array-table': {
      // [[agents]]
      match: `^\\s*(\\[\\[)\\s*(${DOTTED_KEY})\\s*(\\]\\])`,
      captures: {
        1: { name: 'punctuation.definition.table.array.begin.toml' },
        2: { name: 'meta.table.array.toml', patterns: keyParts('entity.name.section.table.array.toml') },
        3: { name: 'punctuation.definition.table.array.end.toml' },
      },
    },
    table: {
      // [deploy.kubernetes]
      match: `^\\s*(\\[)\\s*(${DOTTED_KEY})\\s*(\\])`,
      captures: {
        1: { name: 'punctuation.definition.table.begin.toml' },
        2: { name: 'meta.table.toml', patterns: keyParts('entity.name.section.table.toml') },
        3: { name: 'punctuation.definition.table.end.toml' },
      },
    },
    'key-value': {
      // key = … / "quoted key" = … / dotted.key = …  (first on a line, or inside an inline table)
      match: `(?:^|(?<=[{,]))\\s*(${DOTTED_KEY})\\s*(=)`,
      captures: {
        1: { patterns: keyParts('support.type.property-name.toml') },
        2: { name: 'punctuation.separator.key-value.toml' },
      },
    },
    values: {
      patterns: [
        { include: '#strings' },
        { include: '#date-time' },
        { include: '#numbers' },
        { match: r`\b(true|false)\b`, name: 'constant.language.boolean.toml' },
        { include: '#array' },
        { include: '#inline-table' },
      ],
    },
    strings: {
      patterns: [
        {
          name: 'string.quoted.triple.basic.toml',
          begin: '"""',
          end: '"""(?!")',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.toml' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.toml' } },
          patterns: [{ include: '#escapes' }, { match: r`\\\s*$`, name: 'constant.character.escape.line-ending.toml' }],
        },
        {
          name: 'string.quoted.triple.literal.toml',
          begin: "'''",
          end: "'''(?!')",
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.toml' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.toml' } },
        },
        {
          name: 'string.quoted.double.basic.toml',
          begin: '"',
          // a basic string cannot span lines: an unclosed one ends with its line
          end: r`"|$`,
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.toml' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.toml' } },
          patterns: [{ include: '#escapes' }],
        },
        {
          name: 'string.quoted.single.literal.toml',
          begin: "'",
          end: "'|$",
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.toml' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.toml' } },
        },
      ],
    },
    escapes: {
      patterns: [
        { match: r`\\(?:[btnfr"\\]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})`, name: 'constant.character.escape.toml' },
        { match: r`\\.`, name: 'invalid.illegal.escape.toml' },
      ],
    },
    'date-time': {
      patterns: [
        { match: `${NUMBER_START}${DATE}[Tt ]${TIME}${OFFSET}${NUMBER_END}`, name: 'constant.other.time.datetime.offset.toml' },
        { match: `${NUMBER_START}${DATE}[Tt ]${TIME}${NUMBER_END}`, name: 'constant.other.time.datetime.local.toml' },
        { match: `${NUMBER_START}${DATE}${NUMBER_END}`, name: 'constant.other.time.date.toml' },
        { match: `${NUMBER_START}${TIME}${NUMBER_END}`, name: 'constant.other.time.time.toml' },
      ],
    },
    numbers: {
      patterns: [
        { match: `${NUMBER_START}0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*${NUMBER_END}`, name: 'constant.numeric.integer.hex.toml' },
        { match: `${NUMBER_START}0o[0-7](?:_?[0-7])*${NUMBER_END}`, name: 'constant.numeric.integer.octal.toml' },
        { match: `${NUMBER_START}0b[01](?:_?[01])*${NUMBER_END}`, name: 'constant.numeric.integer.binary.toml' },
        { match: `${NUMBER_START}[+-]?(?:inf|nan)${NUMBER_END}`, name: 'constant.numeric.float.special.toml' },
        {
          match: `${NUMBER_START}${DECIMAL}(?:\\.${DIGITS}(?:[eE][+-]?${DIGITS})?|[eE][+-]?${DIGITS})${NUMBER_END}`,
          name: 'constant.numeric.float.toml',
        },
        { match: `${NUMBER_START}${DECIMAL}${NUMBER_END}`, name: 'constant.numeric.integer.toml' },
      ],
    },
    array: {
      name: 'meta.array.toml',
      begin: r`\[`,
      end: r`\]`,
      beginCaptures: { 0: { name: 'punctuation.definition.array.begin.toml' } },
      endCaptures: { 0: { name: 'punctuation.definition.array.end.toml' } },
      patterns: [{ include: '#comments' }, { include: '#values' }, { match: ',', name: 'punctuation.separator.array.toml' }],
    },
    'inline-table': {
      name: 'meta.table.inline.toml',
      begin: r`\{`,
      end: r`\}`,
      beginCaptures: { 0: { name: 'punctuation.definition.table.inline.begin.toml' } },
      endCaptures: { 0: { name: 'punctuation.definition.table.inline.end.toml' } },
      patterns: [
        { include: '#key-value' },
        { include: '#values' },
        { match: ',', name: 'punctuation.separator.table.inline.toml' },
      ],
    },
  },
};

writeOrCheck(target, grammar, 'generate-toml-grammar.mjs');
