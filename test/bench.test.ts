/** The audit benchmark runs end to end on tiny workspaces and prints its tables (figures are not asserted). */
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { spawnSync } from 'child_process';

const BENCH = path.resolve(__dirname, '../../bench/audit.js');

describe('npm run bench', function () {
  this.timeout(600000);

  it('measures cold, warm and one-changed audits against the parse floor, with ratios and a scaling table', () => {
    // ESLint is left out here: it is the slow part, and it only needs the packages to load
    const r = spawnSync(process.execPath, [BENCH, '--files', '40,80', '--no-eslint'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    for (const line of ['(a) cold audit (no cache)', '(b) warm audit (nothing changed)', '(c) warm audit, 1 file touched', '(d) typescript-estree parse (floor)', '(e) ESLint', 'ratios: audit/floor', 'scaling (time vs N)']) {
      assert.ok(r.stdout.includes(line), `missing "${line}" in\n${r.stdout}`);
    }
    assert.match(r.stdout, /warm findings equal cold: yes/);
    assert.match(r.stdout, /touched: src\/middleware\/auth\.ts/);
  });
});
