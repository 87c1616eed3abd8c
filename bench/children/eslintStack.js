#!/usr/bin/env node
/**
 * The reference a user would pick instead: ESLint with eslint-plugin-security,
 * eslint-plugin-sonarjs and @microsoft/eslint-plugin-sdl (their recommended configs), parsing with
 * @typescript-eslint/parser (no type information), over a list of files. Any eslint config in the
 * workspace is ignored so every run lints the same files with the same rules.
 * usage: node bench/children/eslintStack.js <workspace dir> <file list JSON (absolute paths)>
 */
'use strict';
const fs = require('fs');
const { ESLint } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
const security = require('eslint-plugin-security');
const sonarjs = require('eslint-plugin-sonarjs');
const sdl = require('@microsoft/eslint-plugin-sdl');

function withoutPlugin(name) {
  return (config) => {
    if (!config.plugins || !(name in config.plugins)) return config;
    const plugins = { ...config.plugins };
    delete plugins[name];
    return { ...config, plugins };
  };
}

(async () => {
  const [dir, list] = process.argv.slice(2);
  const files = JSON.parse(fs.readFileSync(list, 'utf8'));
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    ignore: false,
    errorOnUnmatchedPattern: false,
    overrideConfig: [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
      },
      security.configs.recommended,
      sonarjs.configs.recommended,
      // sdl's recommended config registers its own copy of the security plugin: ours stands in for it
      ...sdl.configs.recommended.map(withoutPlugin('security')),
    ],
  });
  const results = await eslint.lintFiles(files);
  let messages = 0;
  let fatal = 0;
  for (const r of results) {
    messages += r.messages.length;
    fatal += r.messages.filter((m) => m.fatal).length;
  }
  process.stdout.write(JSON.stringify({ files: results.length, messages, fatal }) + '\n');
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
