/**
 * The server survives a storm of random edits with cancellations: diagnostics end equal to a fresh
 * server's, heap growth is bounded, shutdown is clean. CI runs ROUTEGUARD_SOAK_EDITS (default
 * 1,000); `node scripts/soak.js` runs the full 10,000 and prints the figures.
 */
import * as assert from 'node:assert/strict';
import { soak } from './robustness/soak';

const EDITS = Number(process.env.ROUTEGUARD_SOAK_EDITS ?? 1000);
/** after a collection, the heap may not grow more than this over the whole soak */
const MAX_HEAP_GROWTH = 64 * 1024 * 1024;

describe('soak: the language server survives random edits and cancellations', function () {
  this.timeout(Math.max(300000, EDITS * 200));

  it(`${EDITS} random edits across several files: diagnostics equal a fresh server's, bounded heap, clean exit`, async () => {
    const f = await soak({ edits: EDITS, log: (s) => console.log(`      ${s.split('\n').join('\n      ')}`) });
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    console.log(`      ${f.edits} edits, ${f.cancelled} cancelled requests, ${f.files} files, ${(f.ms / 1000).toFixed(1)} s; heap after index ${mb(f.heapAfterIndex)}, at end ${mb(f.heapAtEnd)} (growth ${mb(f.heapGrowth)}), rss ${mb(f.rssAtEnd)}`);
    assert.deepEqual(f.mismatches, [], 'diagnostics differ from a fresh server on the final texts');
    assert.deepEqual(f.serverErrors, [], 'the server logged an unexpected error');
    assert.ok(f.heapGrowth < MAX_HEAP_GROWTH, `heap grew by ${mb(f.heapGrowth)}`);
    assert.equal(f.exitCode, 0, 'shutdown + exit is a clean exit');
    assert.deepEqual(f.orphans, [], 'no process outlives the server');
  });
});
