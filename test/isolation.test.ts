/** A rule that throws is isolated: the others still report, and the error reaches the callback once per run. */
import * as assert from 'assert';
import * as path from 'path';
import { analyzeWorkspace, runRules } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';
import { allRules } from '../rules';
import type { Rule } from '../server/src/engine/findings';

describe('rule isolation', () => {
  it('a throwing rule does not hide the findings of the others', async () => {
    const root = path.resolve(__dirname, '../../test-fixtures/northwind-portal');
    const { model, findings } = await analyzeWorkspace(root, { config: loadConfig(root).config });
    const broken: Rule = { meta: { ...allRules[0].meta, id: 'broken-rule' }, check() { throw new Error('boom'); } };
    const errors: string[] = [];
    const again = runRules(model, [broken, ...allRules], (id, _e, file) => errors.push(`${id}@${file ?? '*'}`));
    assert.deepStrictEqual(errors, ['broken-rule@*'], 'a rule that throws whatever the files is disabled for the run, reported once');
    assert.strictEqual(again.filter((f) => !f.suppressed).length, findings.filter((f) => !f.suppressed).length);
  });

  it('a rule that throws on one file is disabled for that file only, reported once, and still reports elsewhere', async () => {
    const root = path.resolve(__dirname, '../../test-fixtures/northwind-portal');
    const { model, findings } = await analyzeWorkspace(root, { config: loadConfig(root).config });
    const missingAuth = allRules.find((r) => r.meta.id === 'missing-auth')!;
    const expected = findings.filter((f) => f.ruleId === 'missing-auth' && !f.suppressed);
    const culprit = expected[0].loc.file;
    // missing-auth, except that it chokes on anything in one file
    const choking: Rule = {
      meta: missingAuth.meta,
      check(ctx) {
        if (ctx.model.routes.some((r) => r.loc.file === culprit)) throw new TypeError(`cannot read properties of a route in ${culprit}`);
        missingAuth.check(ctx);
      },
    };
    const errors: string[] = [];
    const got = runRules(model, [choking], (id, _e, file) => errors.push(`${id}@${file}`)).filter((f) => !f.suppressed);
    assert.deepStrictEqual(errors, [`missing-auth@${culprit}`]);
    const key = (f: { loc: { file: string; line: number } }) => `${f.loc.file}:${f.loc.line}`;
    assert.deepStrictEqual(got.map(key), expected.filter((f) => f.loc.file !== culprit).map(key));
    assert.ok(got.length > 0, 'findings in other files are still reported');
  });
});
