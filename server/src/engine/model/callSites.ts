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
import { routerArgCalls } from '../facts/functionIndex';
import { inertMayImport, isUnread } from '../facts/inert';

export type CallSite = { file: string; call: CallFact };

/** Call sites by callee key (`file#id`); a site's call is read from its file's summaries when asked for. */
export interface CallSiteIndex {
  get(callee: string): CallSite[] | undefined;
}

interface FileShare {
  facts: FileFacts;
  /** the files the callee evaluations read, with the facts they had */
  deps: [string, FileFacts | undefined][];
  /** callee key, function id, index of the call in that function */
  sites: [string, number, number][];
}

export class CallSiteCache {
  private resolver?: ModuleResolver;
  private shares = new Map<string, FileShare>();

  /** Call sites by callee for every file of `ev` (shares of unchanged files reused). */
  index(ev: Evaluator): CallSiteIndex {
    // resolution decides what a callee is: another resolver (the file set changed) forgets all
    if (this.resolver !== ev.resolver) {
      this.shares = new Map();
      this.resolver = ev.resolver;
    }
    const where = new Map<string, [string, number, number][]>();
    const next = new Map<string, FileShare>();
    for (const [file, facts] of ev.files) {
      let share = this.shares.get(file);
      if (!share || share.facts !== facts || !share.deps.every(([d, f]) => ev.files.get(d) === f)) share = shareOf(ev, file, facts);
      next.set(file, share);
      for (const [key, fn, i] of share.sites) {
        const list = where.get(key);
        if (list) list.push([file, fn, i]);
        else where.set(key, [[file, fn, i]]);
      }
    }
    this.shares = next;
    const made = new Map<string, CallSite[]>();
    return {
      get(callee: string) {
        let sites = made.get(callee);
        if (!sites) {
          const at = where.get(callee);
          if (!at) return undefined;
          sites = at.map(([file, fn, i]) => ({ file, call: ev.files.get(file)!.functions[fn].calls[i] }));
          made.set(callee, sites);
        }
        return sites;
      },
    };
  }
}

/**
 * One file's calls to functions. Evaluated with an evaluator of its own, so that every file the
 * evaluation reads is recorded (a shared evaluator answers from its memo and would hide them).
 */
function shareOf(ev: Evaluator, file: string, facts: FileFacts): FileShare {
  const reads = new ReadRecorder(ev.files);
  const local = new Evaluator(reads, ev.resolver);
  const sites: [string, number, number][] = [];
  // an inert file that imports nothing can only call its own functions (none registers a route) or globals
  if (isUnread(facts) && !inertMayImport(facts)) return { facts, deps: [], sites };
  // (from the function index: the summaries themselves stay unparsed)
  for (const [fn, i, ref] of routerArgCalls(facts)) {
    const callee = local.eval(file, ref);
    if (callee.t === 'fn') sites.push([`${callee.file}#${callee.id}`, fn, i]);
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
