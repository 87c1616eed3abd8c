/**
 * The peak memory of a cold audit. Each file's parse tree is garbage once its facts are extracted,
 * and V8 lets old-generation garbage grow to three or four times the live heap before it collects
 * (growthbook, 3,400 files: heap 440 MB with about 130 MB live, peak RSS 710 MB). Collecting once
 * the heap has doubled since the last collection keeps the peak near twice the live set, for a
 * few more full collections than V8 would make (each one the size of the live heap).
 */
import * as v8 from 'v8';
import * as vm from 'vm';

/** Below this the heap is left to V8 (small workspaces never pay for a collection). */
const MIN_HEAP = 192 * 1024 * 1024;

let enabled = false;
let collect: (() => void) | null | undefined;

/**
 * The CLI's audits only: the language server's relinks must not pause for a full collection in the
 * middle of an edit (its heap is bounded by its own young-generation setting, lsp/nodeFlags.ts).
 */
export function enableHeapRelief(): void {
  enabled = true;
}
let liveAfterLast = 0;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      // V8's own gc(), exposed to a fresh context only: nothing of the workspace ever runs there
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Collect when the heap has doubled since the last collection here (cheap to call often). */
export function relieveHeap(): void {
  if (!enabled) return;
  const used = v8.getHeapStatistics().used_heap_size;
  if (used < Math.max(MIN_HEAP, 2 * liveAfterLast)) return;
  const gc = collector();
  if (!gc) return;
  gc();
  liveAfterLast = v8.getHeapStatistics().used_heap_size;
}

export function memTrace(label: string): void {
  if (!process.env.RG_MEM_TRACE) return;
  const m = process.memoryUsage();
  process.stderr.write(`[mem] ${label} t=${Math.round(process.uptime() * 1000)}ms rss=${m.rss >> 20} heap=${m.heapUsed >> 20} ext=${m.external >> 20} maxrss=${process.resourceUsage().maxRSS >> 10}\n`);
}
