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
    const again = runRules(model, [broken, ...allRules], (id) => errors.push(id));
    assert.deepStrictEqual(errors, ['broken-rule']);
    assert.strictEqual(again.filter((f) => !f.suppressed).length, findings.filter((f) => !f.suppressed).length);
  });
});
