/**
 * Which calls call which function (`file#id`), for binding function parameters at their call
 * sites (a router handed to `registerRoutes(router)`). Finding them evaluates the callee of every
 * call in every file, so each file's share is kept across links with the files its evaluation
 * read, and is recomputed only when one of those files changed (the language server relinks after
 * every edit; a 5,000-file workspace has tens of thousands of calls).
 */
import type { CallFact, FileFacts } from '../types';
import { Evaluator } from './values';
import type { ModuleResolver } from './resolve';

export type CallSite = { file: string; call: CallFact };

interface FileShare {
  facts: FileFacts;
  /** the files the callee evaluations read, with the facts they had */
  deps: [string, FileFacts | undefined][];
  sites: [string, CallFact][];
}

/** Arguments that can carry a router (a literal or a function literal cannot). */
const CAN_CARRY = new Set(['ref', 'param', 'call', 'import', 'new', 'spread']);

export class CallSiteCache {
  private resolver?: ModuleResolver;
  private shares = new Map<string, FileShare>();

  /** Call sites by callee for every file of `ev` (shares of unchanged files reused). */
  index(ev: Evaluator): Map<string, CallSite[]> {
    // resolution decides what a callee is: another resolver (the file set changed) forgets all
    if (this.resolver !== ev.resolver) {
      this.shares = new Map();
      this.resolver = ev.resolver;
    }
    const out = new Map<string, CallSite[]>();
    const next = new Map<string, FileShare>();
    for (const [file, facts] of ev.files) {
      let share = this.shares.get(file);
      if (!share || share.facts !== facts || !share.deps.every(([d, f]) => ev.files.get(d) === f)) share = shareOf(ev, file, facts);
      next.set(file, share);
      for (const [key, call] of share.sites) {
        const list = out.get(key);
        if (list) list.push({ file, call });
        else out.set(key, [{ file, call }]);
      }
    }
    this.shares = next;
    return out;
  }
}

/**
 * One file's calls to functions. Evaluated with an evaluator of its own, so that every file the
 * evaluation reads is recorded (a shared evaluator answers from its memo and would hide them).
 */
function shareOf(ev: Evaluator, file: string, facts: FileFacts): FileShare {
  const reads = new ReadRecorder(ev.files);
  const local = new Evaluator(reads, ev.resolver);
  const sites: [string, CallFact][] = [];
  for (const fn of facts.functions) {
    for (const call of fn.calls) {
      if (!call.argRefs.some((a) => CAN_CARRY.has(a.k))) continue;
      const callee = local.eval(file, call.callee);
      if (callee.t === 'fn') sites.push([`${callee.file}#${callee.id}`, call]);
    }
  }
  return { facts, deps: [...reads.read].map((d) => [d, ev.files.get(d)]), sites };
}

/** The workspace's facts, recording which files are read (the evaluator only calls get). */
class ReadRecorder extends Map<string, FileFacts> {
  readonly read = new Set<string>();
  constructor(private readonly base: Map<string, FileFacts>) {
    super();
  }
  get(file: string): FileFacts | undefined {
    this.read.add(file);
    return this.base.get(file);
  }
  has(file: string): boolean {
    this.read.add(file);
    return this.base.has(file);
  }
}
