/**
 * The fixture harness: every project under test-fixtures/ is audited, and every
 * `expect:` / `ok:` annotation is checked both ways. A finding on a line that no
 * `expect:` names is a failure too.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkspace } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';
import { discoverFiles } from '../server/src/engine/discover/discover';
import { scanComments } from '../server/src/engine/facts/extractFile';
import type { Finding } from '../server/src/engine/findings';

const FIXTURES = path.resolve(__dirname, '../../test-fixtures');

export interface Annotation {
  file: string;
  line: number;
  rule: string;
  kind: 'expect' | 'ok';
}

export function annotationsOf(root: string): Annotation[] {
  const out: Annotation[] = [];
  const { files } = discoverFiles(root, { maxFileSize: 4 * 1024 * 1024 });
  for (const f of files) {
    const text = fs.readFileSync(f.abs, 'utf8');
    const { annotations } = scanComments(text, f.kind === 'env' ? '#' : '//');
    for (const a of annotations) for (const rule of a.rules) out.push({ file: f.rel, line: a.targetLine, rule, kind: a.kind });
  }
  return out;
}

export function compare(annotations: Annotation[], findings: Finding[]): string[] {
  const problems: string[] = [];
  const active = findings.filter((f) => !f.suppressed && f.severity !== 'info');
  const has = (a: Annotation) => active.some((f) => f.ruleId === a.rule && f.loc.file === a.file && f.loc.line === a.line);
  for (const a of annotations) {
    if (a.kind === 'expect' && !has(a)) problems.push(`missed   ${a.rule} at ${a.file}:${a.line}`);
    if (a.kind === 'ok' && has(a)) {
      const f = active.find((x) => x.ruleId === a.rule && x.loc.file === a.file && x.loc.line === a.line)!;
      problems.push(`reported ${a.rule} at ${a.file}:${a.line} (marked ok): ${f.message}`);
    }
  }
  for (const f of active) {
    const expected = annotations.some((a) => a.kind === 'expect' && a.rule === f.ruleId && a.file === f.loc.file && a.line === f.loc.line);
    const trap = annotations.some((a) => a.kind === 'ok' && a.rule === f.ruleId && a.file === f.loc.file && a.line === f.loc.line);
    if (!expected && !trap) problems.push(`unexpected ${f.ruleId} at ${f.loc.file}:${f.loc.line}: ${f.message}`);
  }
  return problems;
}

const projects = fs.existsSync(FIXTURES)
  ? fs.readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  : [];

describe('fixtures: every expect: is reported, every ok: is not, nothing else is', () => {
  const totals = new Map<string, { expect: number; ok: number }>();
  for (const name of projects) {
    it(name, async function () {
      this.timeout(120000);
      const root = path.join(FIXTURES, name);
      const annotations = annotationsOf(root);
      for (const a of annotations) {
        const t = totals.get(a.rule) ?? { expect: 0, ok: 0 };
        t[a.kind]++;
        totals.set(a.rule, t);
      }
      const { findings } = await analyzeWorkspace(root, { config: loadConfig(root).config });
      const problems = compare(annotations, findings);
      assert.deepEqual(problems, [], `${name}: ${problems.length} mismatch(es)\n  ${problems.join('\n  ')}`);
    });
  }

  it('covers each core rule with at least 10 positives and 10 traps', () => {
    const core = ['missing-auth', 'missing-role-check', 'unscoped-tenant-query', 'public-env-secret', 'cors-wildcard', 'token-logging'];
    const short = core.filter((r) => (totals.get(r)?.expect ?? 0) < 10 || (totals.get(r)?.ok ?? 0) < 10);
    assert.deepEqual(short, [], `rules short of fixtures: ${short.map((r) => `${r} ${JSON.stringify(totals.get(r) ?? {})}`).join('; ')}`);
  });
});
