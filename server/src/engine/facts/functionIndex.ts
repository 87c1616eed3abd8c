/**
 * Which functions of a file hold logs, queries or a 'use server' directive. Linking visits those
 * in every file, and the summaries of all other functions only when a route reaches them: with
 * this index, facts read from the disk cache can leave their function summaries unparsed
 * (diskCache.ts) until a route needs them.
 */
import type { FileFacts, FunctionSummary } from '../types';

export interface FunctionIndex {
  logs: number[];
  queries: number[];
  useServer: number[];
}

export function buildFunctionIndex(functions: FunctionSummary[]): FunctionIndex {
  const index: FunctionIndex = { logs: [], queries: [], useServer: [] };
  for (const fn of functions) {
    if (fn.logs.length) index.logs.push(fn.id);
    if (fn.queries.length) index.queries.push(fn.id);
    if (fn.useServer) index.useServer.push(fn.id);
  }
  return index;
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

const listed = new WeakMap<FileFacts, Partial<Record<keyof FunctionIndex, FunctionSummary[]>>>();
const NONE: FunctionSummary[] = [];

/** The functions of a file with at least one fact of this kind, in id order (a list to read, not to change). */
export function functionsWith(f: FileFacts, what: keyof FunctionIndex): FunctionSummary[] {
  const ids = indexOf(f)[what];
  if (!ids.length) return NONE;
  // asked for every file at every link by the language server: kept per facts object
  let lists = listed.get(f);
  if (!lists) listed.set(f, (lists = {}));
  const fns = f.functions;
  return (lists[what] ??= ids.map((id) => fns[id]).filter((fn): fn is FunctionSummary => !!fn));
}
