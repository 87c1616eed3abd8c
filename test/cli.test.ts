/** The command line as users and CI call it: exit codes, formats, config errors, redaction. */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const BIN = path.resolve(__dirname, '../../bin/routeguard.js');

function run(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A tiny app written by the test itself: one unauthenticated read, one secret in a public env var. */
function makeApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cli-'));
  fs.mkdirSync(path.join(dir, 'prisma'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'tiny', dependencies: { express: '4', '@prisma/client': '5' } }));
  fs.writeFileSync(
    path.join(dir, 'prisma/schema.prisma'),
    'model Org {\n  id    String @id\n  notes Note[]\n}\n\nmodel Note {\n  id    String @id\n  orgId String\n  org   Org    @relation(fields: [orgId], references: [id])\n}\n',
  );
  fs.writeFileSync(
    path.join(dir, 'src/app.js'),
    [
      "const express = require('express');",
      "const { PrismaClient } = require('@prisma/client');",
      'const prisma = new PrismaClient();',
      'const app = express();',
      "app.get('/notes/:id', async (req, res) => res.json(await prisma.note.findUnique({ where: { id: req.params.id } })));",
      'module.exports = app;',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, '.env'), 'NEXT_PUBLIC_STRIPE_SECRET=sk_live_0123456789abcdefABCDEF99\n');
  return dir;
}

describe('cli', () => {
  let app: string;
  before(() => {
    app = makeApp();
  });
  after(() => fs.rmSync(app, { recursive: true, force: true }));

  it('exits 1 when there are errors, 0 with --fail-on never', () => {
    const r = run(['audit', app]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /GET \/notes\/:id can be called without authentication/);
    assert.match(r.stdout, /src\/app\.js/);
    assert.equal(run(['audit', app, '--fail-on', 'never']).code, 0);
  });

  it('runs secretlint too, whichever build it starts (a connection string only secretlint knows the format of)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cli-secretlint-'));
    try {
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'db', dependencies: { pg: '8' } }));
      // (assembled here so that no full connection string sits in this file)
      const url = ['postgres://billing:', 'Zq8wR2mT7vK4pL9x', '@db.internal.example:5432/billing'].join('');
      fs.writeFileSync(path.join(dir, 'db.js'), `let dbUrl;\nif (process.env.NODE_ENV === 'production') {\n  dbUrl = "${url}";\n}\nmodule.exports = { dbUrl };\n`);
      const out = path.join(dir, 'report.json');
      const r = run(['audit', dir, '--format', 'json', '--output', out, '--fail-on', 'never', '--no-cache']);
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(fs.readFileSync(out, 'utf8'));
      const hit = report.findings.find((f: { ruleId: string; loc: { file: string } }) => f.ruleId === 'hardcoded-secret' && f.loc.file === 'db.js');
      assert.ok(hit, JSON.stringify(report.findings));
      assert.match(hit.message, /PostgreSQL connection string/);
      assert.ok(!fs.readFileSync(out, 'utf8').includes('Zq8wR2mT7vK4pL9x'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never prints a secret in full, in any format', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const r = run(['audit', app, '--format', format]);
      assert.ok(!r.stdout.includes('sk_live_0123456789abcdefABCDEF99'), `${format} output leaks the secret`);
    }
    const r = run(['audit', app]);
    assert.match(r.stdout, /NEXT_PUBLIC_STRIPE_SECRET/);
  });

  it('writes a review-ready markdown report: summary per rule, findings by route with evidence and links', () => {
    const r = run(['audit', app, '--format', 'markdown']);
    assert.match(r.stdout, /^# routeguard audit\n\n\d+ findings \(\d+ errors, \d+ warnings, \d+ info\) on \d+ routes in \d+ files/);
    assert.match(r.stdout, /\| \[missing-auth\]\(https:\/\/[^)]+rules\/missing-auth\.md\) \| \d+ \| \d+ \| \d+ \|/);
    assert.match(r.stdout, /## Findings by route\n\n### `GET \/notes\/:id`\n\n- \*\*error\*\* `missing-auth` at \[src\/app\.js:\d+\]\(src\/app\.js#L\d+\): /);
  });

  it('writes SARIF 2.1.0 with rules, relative uris and fingerprints', () => {
    const r = run(['audit', app, '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'routeguard');
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    for (const id of ['missing-auth', 'unscoped-tenant-query', 'public-env-secret', 'cors-wildcard', 'token-logging', 'missing-role-check']) assert.ok(ids.includes(id), id);
    for (const rule of run0.tool.driver.rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.helpUri, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.ok(rule.properties.tags.some((t: string) => t.startsWith('external/cwe/')), rule.id);
    }
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'missing-auth');
    assert.ok(res, 'missing-auth result');
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'src/app.js');
    assert.equal(loc.region.startLine, 5);
    assert.ok(res.partialFingerprints['routeguardFingerprint/v1'].length >= 16);
  });

  it('keeps fingerprints when lines are inserted above a finding', () => {
    const before = JSON.parse(run(['audit', app, '--format', 'json']).stdout).findings;
    const file = path.join(app, 'src/app.js');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, '// a comment\n// another\n' + text);
    try {
      const after = JSON.parse(run(['audit', app, '--format', 'json']).stdout).findings;
      const fp = (fs: { ruleId: string; fingerprint: string }[]) => fs.map((f) => f.ruleId + f.fingerprint).sort();
      assert.deepEqual(fp(after), fp(before));
      assert.notDeepEqual(after.map((f: { loc: { line: number } }) => f.loc.line), before.map((f: { loc: { line: number } }) => f.loc.line));
    } finally {
      fs.writeFileSync(file, text);
    }
  });

  it('writes the access matrix as JSON rows', () => {
    const r = run(['matrix', app, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout);
    assert.deepEqual(rows[0], {
      method: 'GET', path: '/notes/:id', framework: 'express', file: 'src/app.js', line: 5,
      auth: { required: false, via: [] }, roles: [], tenantScoping: 'unscoped', rateLimited: false, validated: false, cors: 'none',
      findings: ['missing-auth'],
    });
  });

  it('reports a broken config in one line with exit code 2', () => {
    fs.writeFileSync(path.join(app, 'routeguard.config.json'), '{ "rules": { "missing-auth": "loud" } }');
    try {
      const r = run(['audit', app]);
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /rules\.missing-auth.*allowed: error, warning, info, off/);
      fs.writeFileSync(path.join(app, 'routeguard.config.json'), '{ "rules": ');
      const r2 = run(['audit', app]);
      assert.equal(r2.code, 2);
      assert.match(r2.stderr, /not valid JSON/);
      assert.doesNotMatch(r2.stderr, /\n\s+at /);
    } finally {
      fs.rmSync(path.join(app, 'routeguard.config.json'));
    }
  });

  it('applies rule severities from config', () => {
    fs.writeFileSync(path.join(app, 'routeguard.config.json'), '{ "rules": { "missing-auth": "off", "public-env-secret": "warning", "unscoped-tenant-query": "off" } }');
    try {
      const r = run(['audit', app]);
      assert.equal(r.code, 0, r.stdout);
      assert.doesNotMatch(r.stdout, /missing-auth/);
    } finally {
      fs.rmSync(path.join(app, 'routeguard.config.json'));
    }
  });

  it('rejects unknown options and commands with exit code 2', () => {
    assert.equal(run(['audit', app, '--frobnicate']).code, 2);
    assert.equal(run(['explode']).code, 2);
    assert.equal(run(['audit', path.join(app, 'nope')]).code, 2);
  });

  it('lists the rules', () => {
    const r = run(['rules']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /missing-auth\s+error/);
  });

  it('groups the text report by route, then file, with a summary per rule; no colour codes when piped', () => {
    const r = run(['audit', app, '--fail-on', 'never', '--no-git-history']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'GET /notes/:id');
    assert.equal(lines[1], '  src/app.js');
    assert.match(lines[2], /^ {4}5:1\s+error\s+GET \/notes\/:id can be called without authentication.*\[missing-auth\]$/);
    assert.ok(lines.includes('Not tied to a route'), 'the env finding has no route');
    assert.match(r.stdout, /Summary\n\s+rule\s+error\s+warning\s+info\n\s+missing-auth\s+1\s+0\s+0/);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
  });

  it('colours severities for a terminal', async () => {
    const { formatText } = require('../server/src/outputs/text') as typeof import('../server/src/outputs/text');
    const result = { findings: [{ ruleId: 'missing-auth', severity: 'error', loc: { file: 'a.js', line: 1, column: 1, endLine: 1, endColumn: 2 }, message: 'm', evidence: [], route: 'GET /' }], model: { routes: [], skipped: [] }, stats: { files: 1, parsed: 1, cached: 0, ms: 1 }, rules: [] };
    const text = formatText(result as never, { color: true });
    assert.match(text, /\x1b\[31;1merror/);
  });

  it('--baseline hides the findings an earlier JSON or SARIF report had and shows a new one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-base-'));
    const file = path.join(app, 'src/app.js');
    const text = fs.readFileSync(file, 'utf8');
    try {
      for (const format of ['json', 'sarif']) {
        const base = path.join(dir, `base.${format}`);
        assert.equal(run(['audit', app, '--format', format, '--output', base, '--fail-on', 'never']).code, 0);
        const same = run(['audit', app, '--format', 'json', '--baseline', base]);
        assert.equal(same.code, 0, 'nothing new: exit 0');
        assert.deepEqual(JSON.parse(same.stdout).findings, []);
        assert.match(JSON.parse(same.stdout).notes[0], /finding\(s\) already in the baseline/);
      }
      // code moves down and a new unauthenticated route appears
      fs.writeFileSync(file, '// moved\n' + text.replace('module.exports', "app.delete('/notes/:id', async (req, res) => res.json(await prisma.note.delete({ where: { id: req.params.id } })));\nmodule.exports"));
      const next = run(['audit', app, '--format', 'json', '--baseline', path.join(dir, 'base.sarif')]);
      assert.equal(next.code, 1);
      const found = JSON.parse(next.stdout).findings as { ruleId: string; route?: string }[];
      assert.ok(found.length >= 1);
      assert.ok(found.every((f) => f.route === 'DELETE /notes/:id'), JSON.stringify(found));
    } finally {
      fs.writeFileSync(file, text);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in one line when the baseline is missing or not a report', () => {
    const r = run(['audit', app, '--baseline', path.join(app, 'nope.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^routeguard: --baseline .*no such file/);
    const r2 = run(['audit', app, '--baseline', path.join(app, 'package.json')]);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /not a routeguard JSON or SARIF report/);
  });

  it('writes the access matrix with its counts and suppressions (markdown, csv, html)', () => {
    const file = path.join(app, 'src/app.js');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace("app.get('/notes", "// routeguard-ignore missing-auth -- notes are public by design\napp.get('/notes"));
    try {
      const md = run(['matrix', app]);
      assert.equal(md.code, 0, md.stderr);
      assert.match(md.stdout, /\| Routes \| Authenticated \| Public by design \| Unauthenticated \| Unscoped data access \| Admin routes without a role check \| With findings \|\n\|[-|]+\|\n\| 1 \| 0 \| 0 \| 1 \| 1 \| 0 \| 0 \|/);
      assert.match(md.stdout, /## Suppressions\n\n\| Rule \| Where \| Route \| Reason \|\n\|[-|]+\|\n\| missing-auth \| \[src\/app\.js:6\]\(src\/app\.js#L6\) \| `GET \/notes\/:id` \| notes are public by design \|/);
      const csv = run(['matrix', app, '--format', 'csv']).stdout.trim().split('\n');
      assert.equal(csv[0], 'method,path,framework,file,line,auth_required,auth_via,public_reason,roles,tenant_scoping,rate_limited,validated,cors,findings,suppressed');
      assert.equal(csv[1], 'GET,/notes/:id,express,src/app.js,6,no,,,,unscoped,no,no,none,,missing-auth: notes are public by design');
      const html = run(['matrix', app, '--format', 'html']).stdout;
      assert.match(html, /^<!doctype html>/);
      assert.doesNotMatch(html, /<(?:link|img|iframe)\b|\bsrc=|https?:\/\/(?!github\.com)/, 'self-contained: no external resource');
      assert.match(html, /notes are public by design/);
    } finally {
      fs.writeFileSync(file, text);
    }
  });

  it('writes the audit as a self-contained HTML page', () => {
    const r = run(['audit', app, '--format', 'html', '--fail-on', 'never']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^<!doctype html>[\s\S]*<h1>routeguard audit<\/h1>[\s\S]*<h3><code>GET \/notes\/:id<\/code><\/h3>/);
    assert.doesNotMatch(r.stdout, /<(?:link|img|iframe)\b|\bsrc=/);
  });

  it('init writes a starter config with $schema that validates', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-init-'));
    try {
      const r = run(['init', dir]);
      assert.equal(r.code, 0, r.stderr);
      const written = JSON.parse(fs.readFileSync(path.join(dir, 'routeguard.config.json'), 'utf8'));
      assert.match(written.$schema, /schema\.json$/);
      assert.ok(written.$comment.length > 40);
      fs.writeFileSync(path.join(dir, 'a.js'), '');
      assert.equal(run(['audit', dir]).code, 0, 'the starter config passes validation');
      assert.equal(run(['init', dir]).code, 2, 'never overwrites');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
