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
import { inertMayImport, inertReexports, inertSpecifiers, isUnread } from '../facts/inert';

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
    // inert files not read yet (facts/inert.ts): read only when they may import the callee's module
    const lazy = new Map<string, FileFacts>();
    for (const [file, facts] of ev.files) {
      if (isUnread(facts) && inertMayImport(facts)) {
        lazy.set(file, facts);
        continue;
      }
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
    // modules that re-export others (barrels): what a call in an inert file may reach through them
    let barrels: [string, string[]][] | undefined;
    const specifierNames = new Map<string, [string, string][]>();
    return {
      get(callee: string) {
        const target = callee.slice(0, callee.lastIndexOf('#'));
        if (lazy.size) {
          barrels ??= reexports(ev);
          const via = importable(ev, target, barrels);
          for (const [file, facts] of lazy) {
            // read meanwhile (an evaluation went through it): its calls are known now
            if (isUnread(facts)) {
              let names = specifierNames.get(file);
              if (!names) specifierNames.set(file, (names = (inertSpecifiers(facts) ?? []).map((s): [string, string] => [s, specifierName(s)])));
              if (!names.some(([s, name]) => via.has(name) && via.get(name)!.some((t) => resolvesTo(ev, file, s, t)))) continue;
            }
            lazy.delete(file);
            const share = shareOf(ev, file, facts);
            next.set(file, share);
            for (const [key, fn, i] of share.sites) {
              const list = where.get(key);
              if (list) list.push([file, fn, i]);
              else where.set(key, [[file, fn, i]]);
              made.delete(key);
            }
          }
        }
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

/** A module path's name as specifiers end with it: `src/routes/users.ts` -> users, `src/routes/index.ts` -> routes. */
function moduleName(rel: string): string {
  const parts = rel.replace(/\.[cm]?[jt]sx?$/, '').split('/');
  const last = parts.pop() ?? '';
  return last === 'index' ? (parts.pop() ?? '') : last;
}

function specifierName(spec: string): string {
  return moduleName(spec.replace(/\/$/, ''));
}

/** Every module's re-exports (`export * from`, `export { x } from`): module, specifiers. */
function reexports(ev: Evaluator): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const [file, f] of ev.files) {
    const specs = isUnread(f) ? inertReexports(f) : [...f.exportAll, ...Object.values(f.exports).flatMap((v) => (v.k === 'import' ? [v.source] : []))];
    if (specs.length) out.push([file, specs]);
  }
  return out;
}

/**
 * The modules through which a function of `target` can be imported: itself and the modules
 * re-exporting it, by name. An inert file can call a function of a module only by importing it
 * (directly or through such a module): its import specifiers are matched by name, then resolved.
 */
function importable(ev: Evaluator, target: string, barrels: [string, string[]][]): Map<string, string[]> {
  const name = moduleName(target);
  const via = [target];
  for (const [barrel, list] of barrels) if (list.some((s) => specifierName(s) === name && resolvesTo(ev, barrel, s, target))) via.push(barrel);
  const byName = new Map<string, string[]>();
  for (const v of via) byName.set(moduleName(v), [...(byName.get(moduleName(v)) ?? []), v]);
  return byName;
}


function resolvesTo(ev: Evaluator, from: string, spec: string, target: string): boolean {
  const r = ev.resolver.resolve(from, spec);
  return r.kind === 'file' && r.rel === target;
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
