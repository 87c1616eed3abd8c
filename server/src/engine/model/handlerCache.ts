/**
 * A route handler's own half of a route, kept across links by the language server: how the
 * handler function classifies, the queries it reaches (under the request ids its chain verified)
 * and the functions it reaches. Editing a middleware rebuilds every route behind it; their
 * handlers did not change, so those rebuilds take this half from here and only redo the chain.
 *
 * An entry holds the facts objects of the files its computation read (as the route memo does);
 * it is used only while each of those files still has the same facts object. The route memo
 * clears it whenever something global changes (structure, config, tenant index).
 */
import type { FileFacts, LogCallFact } from '../types';
import type { ResolvedQuery } from './types';
import type { Classification } from './classify';
import type { Reached } from './routes';
import type { TrackedFiles } from './routeMemo';

export interface HandlerSide {
  classification: Classification;
  queries: ResolvedQuery[];
  /** read only: a route copies it before adding its middleware's reach */
  reach: Reached[];
  /** a schema parse in the handler or a helper it hands the input to */
  validatesItself: boolean;
  /** hands the whole request to a helper that reads the body unchecked (routes.ts delegatesBody) */
  delegatesBody: boolean;
  /** the log calls of the handler and its nested functions (read only: routes share them) */
  logs: LogCallFact[];
}

interface Entry {
  value: HandlerSide;
  deps: [string, FileFacts | undefined][];
}

const untrackedGet = Map.prototype.get;

export class HandlerCache {
  private entries = new Map<string, Entry>();
  private used = new Set<string>();

  /** The cached half when none of the files it read changed; its files join the current route's reads. */
  get(key: string, files: TrackedFiles): HandlerSide | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    for (const [file, facts] of e.deps) {
      if (untrackedGet.call(files, file) !== facts) {
        this.entries.delete(key);
        return undefined;
      }
    }
    if (files.tracker) for (const [file] of e.deps) files.tracker.add(file);
    this.used.add(key);
    return e.value;
  }

  set(key: string, value: HandlerSide, reads: Iterable<string>, files: TrackedFiles): void {
    const deps: [string, FileFacts | undefined][] = [];
    for (const file of reads) if (file) deps.push([file, untrackedGet.call(files, file) as FileFacts | undefined]);
    this.entries.set(key, { value, deps });
    this.used.add(key);
  }

  /** After a link: forget the handlers no route asked for (deleted, or their key changed). */
  prune(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used = new Set();
  }

  clear(): void {
    this.entries = new Map();
    this.used = new Set();
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Compute a value while recording the files it reads in a fresh set, then add those reads to
 * the reads of whatever encloses it (the route being built). Returns the value and its reads.
 */
export function withOwnReads<T>(files: TrackedFiles, compute: () => T): { value: T; reads: Set<string> } {
  const outer = files.tracker;
  const reads = new Set<string>();
  files.tracker = reads;
  try {
    return { value: compute(), reads };
  } finally {
    files.tracker = outer;
    if (outer) for (const r of reads) outer.add(r);
  }
}
