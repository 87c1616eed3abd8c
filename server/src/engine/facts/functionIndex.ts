/**
 * Which functions of a file hold logs, queries or a 'use server' directive. Linking visits those
 * in every file, and the summaries of all other functions only when a route reaches them: with
 * this index, facts read from the disk cache can leave their function summaries unparsed
 * (diskCache.ts) until a route needs them.
 */
import type { FileFacts, FunctionSummary, ValueRef } from '../types';

export interface FunctionIndex {
  logs: number[];
  queries: number[];
  useServer: number[];
  /**
   * Calls that pass a value able to carry a router (a name, a parameter, a call...): function id,
   * index of the call in it, callee. Binding router parameters reads these in every file; with
   * them here, no file's summaries are parsed for it (model/callSites.ts).
   */
  routerArgCalls?: [number, number, ValueRef][];
  /**
   * Every query's ORM, model and filtered paths (`[orm, model, where paths | null]`): what the
   * tenant index reads from every file, here so that it parses no file's summaries (model/tenants.ts).
   */
  queryShapes?: QueryShape[];
}

export type QueryShape = [string, string, string[] | null];

/** Arguments that can carry a router (a literal or a function literal cannot). */
const CAN_CARRY = new Set(['ref', 'param', 'call', 'import', 'new', 'spread']);

export function buildFunctionIndex(functions: FunctionSummary[]): FunctionIndex {
  const index: FunctionIndex = { logs: [], queries: [], useServer: [], routerArgCalls: [], queryShapes: [] };
  for (const fn of functions) {
    if (fn.logs.length) index.logs.push(fn.id);
    if (fn.queries.length) index.queries.push(fn.id);
    for (const q of fn.queries) index.queryShapes!.push([q.orm, q.model, q.where?.map((w) => w.path) ?? null]);
    if (fn.useServer) index.useServer.push(fn.id);
    fn.calls.forEach((c, i) => {
      if (c.argRefs.some((a) => CAN_CARRY.has(a.k))) index.routerArgCalls!.push([fn.id, i, c.callee]);
    });
  }
  return index;
}

/** The calls of a file that pass something able to carry a router (see FunctionIndex.routerArgCalls). */
export function routerArgCalls(f: FileFacts): [number, number, ValueRef][] {
  const ix = indexOf(f);
  // facts extracted before the index listed them: from the summaries
  return ix.routerArgCalls ?? (ix.routerArgCalls = buildFunctionIndex(f.functions).routerArgCalls!);
}

/** The ORM, model and filtered paths of every query of a file (see FunctionIndex.queryShapes). */
export function queryShapes(f: FileFacts): QueryShape[] {
  const ix = indexOf(f);
  // facts extracted before the index listed them: from the summaries
  return ix.queryShapes ?? (ix.queryShapes = functionsWith(f, 'queries').flatMap((fn) => fn.queries.map((q): QueryShape => [q.orm, q.model, q.where?.map((w) => w.path) ?? null])));
}

const computed = new WeakMap<FileFacts, FunctionIndex>();

function indexOf(f: FileFacts): FunctionIndex {
  if (f.functionIndex) return f.functionIndex;
  let ix = computed.get(f);
  if (!ix) {
    ix = buildFunctionIndex(f.functions);
    computed.set(f, ix);
  }
  return ix;
}

type Kind = 'logs' | 'queries' | 'useServer';
const listed = new WeakMap<FileFacts, Partial<Record<Kind, FunctionSummary[]>>>();
const NONE: FunctionSummary[] = [];

/** The functions of a file with at least one fact of this kind, in id order (a list to read, not to change). */
export function functionsWith(f: FileFacts, what: Kind): FunctionSummary[] {
  const ids = indexOf(f)[what];
  if (!ids.length) return NONE;
  // asked for every file at every link by the language server: kept per facts object
  let lists = listed.get(f);
  if (!lists) listed.set(f, (lists = {}));
  const fns = f.functions;
  return (lists[what] ??= ids.map((id) => fns[id]).filter((fn): fn is FunctionSummary => !!fn));
}
