#!/usr/bin/env node
/**
 * The floor: parse every file of a list with typescript-estree and nothing else (no scope
 * analysis, no extraction). Any tool built on that parser, routeguard and ESLint alike, pays this.
 * usage: node bench/children/parseFloor.js <file list JSON (absolute paths)>
 */
'use strict';
const fs = require('fs');
const { parse } = require('@typescript-eslint/typescript-estree');

const files = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let parsed = 0;
let failed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    parse(text, { loc: true, range: true, jsx: /\.(?:[cm]?jsx?|tsx)$/i.test(file), filePath: file, errorOnUnknownASTType: false, allowInvalidAST: true, suppressDeprecatedPropertyWarnings: true });
    parsed++;
  } catch {
    failed++;
  }
}
process.stdout.write(JSON.stringify({ parsed, failed }) + '\n');
