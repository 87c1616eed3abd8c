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
});
