/**
 * secretlint's profiler marks every lint on the process-wide performance timeline and keeps every
 * entry; routeguard drops those marks (secrets/secretlint.ts), so scanning thousands of texts (a
 * history walk) neither grows the heap nor slows down. Marks of anyone else are kept.
 */
import * as assert from 'node:assert/strict';
import { performance } from 'perf_hooks';
import { secretlintHits } from '../server/src/engine/secrets/secretlint';
import { fakeSecrets } from './robustness/fakeSecrets';

describe('secretlint: its profiler marks are dropped', () => {
  it('leaves no @core> marks on the timeline after scanning, and still finds', async function () {
    this.timeout(60000);
    const key = fakeSecrets().find((x) => x.kind === 'GitHub token')!.value;
    for (let i = 0; i < 50; i++) await secretlintHits(`f${i}.ts`, `const a = "x";\nconst token_${i} = "abcdefghij1234567890abcd${i}";\n`);
    const hits = await secretlintHits('gh.ts', `const githubToken = "${key}";\n`);
    assert.ok(hits.length > 0, 'the token is still found');
    assert.ok(hits.every((h) => !h.redacted.includes(key)), 'and never shown in full');
    const core = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('@core>'));
    assert.equal(core.length, 0);
    performance.mark('routeguard-test-mark');
    assert.equal(performance.getEntriesByName('routeguard-test-mark').length, 1, "others' marks are kept");
    performance.clearMarks('routeguard-test-mark');
  });
});
