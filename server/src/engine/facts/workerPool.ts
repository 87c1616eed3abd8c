/**
 * Facts extraction across cores: a few worker threads (extractWorker.ts), each parsing the files
 * it is handed. Parsing dominates a cold audit and files are independent, so this scales with
 * the cores the machine gives us. Results are the same plain-JSON facts the main thread would
 * compute; a worker that dies hands its files back to the main thread (nothing is lost).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { FileFacts } from '../types';
import type { DiscoveredKind } from '../discover/discover';
import type { ExtractReply, ExtractRequest } from './extractWorker';

const WORKER_FILE = path.join(__dirname, 'extractWorker.js');

/**
 * How many workers are worth starting for `misses` files to parse: none for a few files (a
 * worker pays ~0.3 s to load the parser) or when fewer than three cores are idle, else one per
 * one and a half idle cores, at most 8.
 */
export function workerCountFor(misses: number, requested?: number): number {
  // ROUTEGUARD_WORKERS=N overrides (0: main thread only), e.g. on a CI runner that shares its cores
  const env = process.env.ROUTEGUARD_WORKERS;
  if (requested === undefined && env !== undefined && /^\d+$/.test(env)) requested = Number(env);
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (misses < 150 || !fs.existsSync(WORKER_FILE)) return 0; // a bundle without the worker file: main thread only
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // cores other processes keep busy are not ours: on a loaded machine, extra threads only
  // compete with each other (and each loads its own parser), so the main thread does it all
  const idle = Math.floor(cores - os.loadavg()[0] + 0.5);
  // one extracting thread keeps about 1.5 cores busy (V8 collects garbage and compiles on helper
  // threads): on two cores, two workers run no faster than the main thread alone (measured)
  const useful = Math.floor(idle / 1.5);
  if (useful < 2) return 0;
  return Math.min(8, useful, Math.ceil(misses / 150));
}

interface Pending {
  resolve: (f: FileFacts) => void;
  reject: (e: Error) => void;
}

export class FactsWorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly owner = new Map<number, Worker>();
  private readonly load = new Map<Worker, number>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER_FILE);
      this.load.set(w, 0);
      w.on('message', (m: ExtractReply) => this.settle(w, m));
      w.on('error', (e) => this.fail(w, e));
      w.on('exit', (code) => code !== 0 && this.fail(w, new Error(`facts worker exited with ${code}`)));
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Facts of one file, computed by the least busy worker. */
  extract(rel: string, kind: DiscoveredKind, text: string, hash: string): Promise<FileFacts> {
    const alive = this.workers.filter((w) => this.load.has(w));
    if (!alive.length) return Promise.reject(new Error('no facts worker left'));
    const w = alive.reduce((a, b) => (this.load.get(b)! < this.load.get(a)! ? b : a));
    const id = this.nextId++;
    this.load.set(w, this.load.get(w)! + 1);
    this.owner.set(id, w);
    return new Promise<FileFacts>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ id, rel, kind, text, hash } satisfies ExtractRequest);
    });
  }

  private settle(w: Worker, m: ExtractReply) {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    this.owner.delete(m.id);
    if (this.load.has(w)) this.load.set(w, this.load.get(w)! - 1);
    if (m.facts) p.resolve(m.facts);
    else p.reject(new Error(m.error ?? 'facts worker failed'));
  }

  private fail(w: Worker, e: Error) {
    this.load.delete(w);
    for (const [id, owner] of this.owner) {
      if (owner !== w) continue;
      this.owner.delete(id);
      this.pending.get(id)?.reject(e);
      this.pending.delete(id);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
