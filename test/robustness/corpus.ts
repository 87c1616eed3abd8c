/**
 * The robustness corpus, generated at test time (nothing hostile is committed): more than a
 * thousand files of bad input around copies of known-vulnerable fixture apps, whose findings
 * must come out exactly as when each app is analysed alone.
 *
 * Deterministic for a seed, so a failure can be reproduced (`ROUTEGUARD_CORPUS_SEED`).
 */
import * as fs from 'fs';
import * as path from 'path';

export const FIXTURES = path.resolve(__dirname, '../../../test-fixtures');
/** fixture apps copied whole under vulnerable/ (no config of their own, so they mean the same there) */
export const VULNERABLE_APPS = ['northwind-portal', 'env-secrets-monorepo', 'express-ledger', 'fastify-clinic-api'];

export interface Corpus {
  root: string;
  /** files written (symlinks included) */
  files: number;
  /** a file that the in-process test deletes while the scan runs */
  deletedDuringScan: string;
  /** chmod 000 (still readable when running as root) */
  unreadable: string;
  /** a real file outside the workspace that symlinks point at; must never be read */
  outside: string;
  /** kinds of input, for the report */
  kinds: Record<string, number>;
}

/** mulberry32: a tiny seeded PRNG */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function listFiles(dir: string, filter: (rel: string) => boolean, base = dir): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) stack.push(abs);
      else if (e.isFile() && filter(path.relative(base, abs))) out.push(path.relative(base, abs).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

const CODE = /\.(?:[cm]?[jt]sx?)$/;
/** garbage that breaks a parse in different ways */
const BREAKERS = ['{{', ')', '(', '=>', '`${', '/*', '"', "'", 'import {', 'export default', '<div>', '@@', '?.', ';;}', 'class {', 'async async', '#!', '\\u{', '</'];

export function makeCorpus(root: string, seed = Number(process.env.ROUTEGUARD_CORPUS_SEED ?? 20261128)): Corpus {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const kinds: Record<string, number> = {};
  let files = 0;
  const put = (kind: string, rel: string, data: string | Buffer) => {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, data);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    files++;
  };
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'robustness-corpus', private: true }));
  files++;

  // known-vulnerable apps, whole
  for (const app of VULNERABLE_APPS) {
    fs.cpSync(path.join(FIXTURES, app), path.join(root, 'vulnerable', app), { recursive: true });
    const n = listFiles(path.join(root, 'vulnerable', app), () => true).length;
    kinds['vulnerable fixture file'] = (kinds['vulnerable fixture file'] ?? 0) + n;
    files += n;
  }

  // the vulnerable apps' own sources, truncated and with syntax errors (several mutants each). Only
  // their own: the corpus is one project, and another app's models would change which tables are
  // tenant-owned, which is a different question from whether bad input hides findings.
  const sources = VULNERABLE_APPS.flatMap((app) => listFiles(path.join(FIXTURES, app), (r) => CODE.test(r) && !r.endsWith('.d.ts')).map((r) => `${app}/${r}`));
  const rounds = Math.max(2, Math.ceil(420 / Math.max(1, sources.length)));
  for (let round = 0; round < rounds; round++) {
    for (const rel of sources) {
      const text = fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
      const cut = Math.floor(rnd() * text.length);
      put('truncated fixture', `mutated/truncated/${round}/${rel}`, text.slice(0, cut));
      const at = Math.floor(rnd() * text.length);
      const mutant = rnd() < 0.5 ? text.slice(0, at) + pick(BREAKERS) + text.slice(at) : text.replace(/[})\]]/g, (m) => (rnd() < 0.2 ? '' : m));
      put('syntax error', `mutated/broken/${round}/${rel}`, mutant);
    }
  }

  // fragments: random line ranges of fixture files, and token soup
  for (let i = 0; i < 80; i++) {
    const lines = fs.readFileSync(path.join(FIXTURES, pick(sources)), 'utf8').split('\n');
    const a = Math.floor(rnd() * lines.length);
    put('code fragment', `fragments/f${i}.${pick(['ts', 'js', 'tsx', 'mjs'])}`, lines.slice(a, a + 1 + Math.floor(rnd() * 12)).join('\n'));
  }
  for (let i = 0; i < 20; i++) {
    put('token soup', `fragments/soup${i}.ts`, Array.from({ length: 200 }, () => pick([...BREAKERS, 'app.get(', 'req.params.id', 'prisma.user.findMany({ where: {', '}', '\n'])).join(' '));
  }

  // random bytes under every analysed extension
  const exts = ['ts', 'js', 'tsx', 'jsx', 'mjs', 'cjs', 'sql', 'prisma'];
  for (let i = 0; i < 60; i++) {
    const buf = Buffer.alloc(64 + Math.floor(rnd() * 4096));
    for (let j = 0; j < buf.length; j++) buf[j] = Math.floor(rnd() * 256);
    put('random bytes', `random/r${i}.${exts[i % exts.length]}`, buf);
  }
  put('random bytes', 'random/.env', Buffer.from(Array.from({ length: 2048 }, () => Math.floor(rnd() * 256))));

  // size and shape extremes
  const minified = 'var a=function(e){return e&&e.__esModule?e:{default:e}};app.get("/x",function(r,s){s.json(db.find(r.query.id))});';
  put('5 MB minified bundle', 'big/app.js', minified.repeat(Math.ceil((5 * 1024 * 1024) / minified.length)));
  put('minified under the size cap', 'big/vendor.js', minified.repeat(Math.ceil((900 * 1024) / minified.length)));
  const N = 10000;
  const deep: Record<string, string> = {
    parens: 'const x = ' + '('.repeat(N) + '1' + ')'.repeat(N) + ';\n',
    'parens-multiline': 'const x = ' + '(\n'.repeat(N) + '1' + ')\n'.repeat(N) + ';\n',
    arrays: 'export const x = ' + '[\n'.repeat(N) + '1' + ']\n'.repeat(N) + ';\n',
    objects: 'export const x = ' + '{ a:\n'.repeat(N) + '1' + '}\n'.repeat(N) + ';\n',
    calls: 'f(\n'.repeat(N) + '1' + ')\n'.repeat(N) + ';\n',
    blocks: 'function f() {\n' + 'if (a) {\n'.repeat(N) + 'g();\n' + '}\n'.repeat(N) + '}\n',
    binary: 'const x = ' + Array(N).fill('a').join(' +\n') + ';\n',
    members: 'const x = a' + '\n  .b'.repeat(N) + ';\n',
    'router-chain': "const app = require('express')();\napp" + "\n  .use((req, res, next) => next())".repeat(N) + ';\n',
    arrows: 'const x = ' + '() =>\n'.repeat(N) + '1;\n',
    ternaries: 'const x = ' + 'a ?\n b :\n'.repeat(N) + 'c;\n',
  };
  for (const [name, text] of Object.entries(deep)) put('10,000-level nesting', `deep/${name}.js`, text);
  put('10,000-level nesting', 'deep/package.json', '['.repeat(N) + ']'.repeat(N));
  const longString = 'x'.repeat(100_000);
  const normal = Array.from({ length: 150 }, (_, i) => `export const v${i} = ${i};`).join('\n');
  put('100,000-character line', 'lines/string.ts', `export const s = '${longString}';\n${normal}\n`);
  put('100,000-character line', 'lines/comment.ts', `// ${longString}\n${normal}\n`);
  put('100,000-character line', 'lines/expression.ts', `export const n = ${Array(20000).fill('1').join('+')};\n${normal}\n`);
  put('100,000-character line', 'lines/env/.env', `LONG=${longString}\nOTHER=1\n`);

  // encodings and line ends: a small vulnerable app each, which must still be analysed
  const tiny = [
    "const express = require('express');",
    'const app = express();',
    "app.delete('/accounts/:id', async (req, res) => { await db.query('DELETE FROM accounts WHERE id = $1', [req.params.id]); res.end(); });",
    'module.exports = app;',
    '',
  ];
  const utf16be = (s: string) => {
    const le = Buffer.from(s, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return le;
  };
  put('UTF-16 LE with BOM', 'encodings/utf16le/app.js', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tiny.join('\n'), 'utf16le')]));
  put('UTF-16 BE with BOM', 'encodings/utf16be/app.js', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(tiny.join('\n'))]));
  put('UTF-8 with BOM', 'encodings/utf8bom/app.js', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tiny.join('\n'))]));
  put('CRLF line ends', 'encodings/crlf/app.js', tiny.join('\r\n'));
  put('lone CR line ends', 'encodings/cr/app.js', tiny.join('\r'));
  put('invalid UTF-8', 'encodings/invalid-utf8/app.js', Buffer.concat([Buffer.from(tiny.slice(0, 2).join('\n') + "\nconst s = '"), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from("';\n" + tiny.slice(2).join('\n'))]));
  put('NUL bytes', 'encodings/nul/app.js', Buffer.concat([Buffer.from(tiny.join('\n')), Buffer.from([0, 0, 0, 1, 0])]));
  put('NUL bytes', 'encodings/nul/.env', Buffer.from('A=1\0\0B=2\n'));

  // values JSON cannot hold (facts are cached and digested as JSON): bigint literals everywhere a value is read
  put('bigint literals', 'literals/bigint.ts', [
    'const UINT64_MAX = 18446744073709551615n;',
    'export const LIMITS = { max: 9007199254740993n, min: -9223372036854775808n, list: [1n, 2n] };',
    'export function clamp(v: bigint = 0n) { return v > UINT64_MAX ? UINT64_MAX : v; }',
    "app.get('/limits', (req, res) => res.json({ max: String(LIMITS.max), id: BigInt(req.query.id) === 10n }));",
    '',
  ].join('\n'));

  // empty files of every kind
  for (const rel of ['empty/a.ts', 'empty/b.js', 'empty/.env', 'empty/schema.prisma', 'empty/q.sql', 'empty/package.json', 'empty/tsconfig.json', 'empty/vercel.json']) put('empty file', rel, '');

  // data files with odd syntax
  put('malformed schema.prisma', 'broken-prisma/prisma/schema.prisma', 'model Org {\n  id String @id\n  users User[\n}\n\nmodel User {\n  id String @id @default(\n  orgId String\n  @@index([orgId\n');
  put('malformed schema.prisma', 'broken-prisma/package.json', JSON.stringify({ dependencies: { '@prisma/client': '5' } }));
  put('malformed SQL', 'broken-sql/schema.sql', 'CREATE TABLE invoices (id uuid PRIMARY KEY, org_id uuid REFERENCES orgs(\n;; DROP\nCREATE TABLE (');
  put('odd .env syntax', 'odd-env/.env', [
    'export API_URL=https://example.invalid',
    'QUOTED="a value with # not a comment"',
    "SINGLE='single quoted'",
    'MULTI="line one',
    'line two',
    'line three"',
    'NO_EQUALS',
    '=no_key',
    '  SPACED  =  padded  ',
    'export export DOUBLE=1',
    'UNTERMINATED="never closed',
    'EMPTY=',
    'BACKTICK=`tick`',
    'KEY.WITH.DOTS=1',
    'CRLF=1\r',
    '',
  ].join('\n'));
  put('odd .env syntax', 'odd-env/.env.local', 'A=1\rB=2\rexport C="x\ny"\r');
  put('broken JSON', 'broken-json/package.json', '{ "name": "x", "dependencies": { "express": ');
  put('broken JSON', 'broken-json/tsconfig.json', '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] }, } // comments are fine in tsconfig\n');
  put('wrongly typed JSON', 'typed-json/package.json', JSON.stringify({ name: 1, dependencies: ['express'], devDependencies: 'x' }));
  put('wrongly typed JSON', 'typed-json/tsconfig.json', JSON.stringify({ compilerOptions: { paths: 'nope', baseUrl: 42 }, extends: 7 }));
  put('wrongly typed JSON', 'typed-json/vercel.json', JSON.stringify({ headers: 'none', rewrites: { a: 1 } }));

  // symlinks: a loop, a directory loop, and links out of the workspace (never followed)
  const outsideDir = fs.mkdtempSync(path.join(path.dirname(root), 'rg-outside-'));
  const outside = path.join(outsideDir, 'leak.js');
  fs.writeFileSync(outside, "const app = require('express')();\napp.get('/outside/:id', (req, res) => res.json(db.find(req.params.id)));\n");
  fs.mkdirSync(path.join(root, 'links'), { recursive: true });
  const link = (target: string, rel: string) => {
    fs.symlinkSync(target, path.join(root, rel));
    kinds['symlink'] = (kinds['symlink'] ?? 0) + 1;
    files++;
  };
  link('loop-b.ts', 'links/loop-a.ts');
  link('loop-a.ts', 'links/loop-b.ts');
  link('.', 'links/self');
  link('..', 'links/parent');
  link(outside, 'links/outside.js');
  link(outsideDir, 'links/outside-dir');
  link(path.join(root, 'vulnerable', VULNERABLE_APPS[0], 'package.json'), 'links/inside.json');

  // an unreadable file and one deleted during the scan (the test deletes it)
  put('unreadable (chmod 000)', 'perm/unreadable.ts', "export const x = 1;\n");
  fs.chmodSync(path.join(root, 'perm/unreadable.ts'), 0o000);
  put('deleted during the scan', 'zz-late/deleted.ts', "export const late = 1;\n");

  return { root, files, deletedDuringScan: 'zz-late/deleted.ts', unreadable: 'perm/unreadable.ts', outside: outsideDir, kinds };
}

/** Broken and wrongly typed configs: each alone makes the CLI exit 2 with one line. */
export const BROKEN_CONFIGS: Record<string, string> = {
  'not JSON': '{ "rules": { "missing-auth": "error", }',
  'wrong type': JSON.stringify({ rules: 'all' }),
  'unknown severity': JSON.stringify({ rules: { 'missing-auth': 'fatal' } }),
  'wrong element type': JSON.stringify({ tenantKeys: [1, 2], maxFileSize: 'big' }),
  'not an object': '[]',
  'UTF-16 bytes': '\ufffd\ufffd{\u0000}',
};
