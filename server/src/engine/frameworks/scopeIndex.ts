/**
 * Middleware lists indexed by scope. An Express app that mounts hundreds of routers collects each
 * one's `use()` entries under its own path (`/api/r17`), and every later mount asks which of them can
 * run under its path: scanning the whole list per mount is quadratic in routers, which the language
 * server pays on every edit. Lists only grow (by push), so each keeps an index of what it held when
 * last asked and indexes only what was added since.
 */
interface Scoped {
  scope: string;
  pattern?: boolean;
}

interface Index {
  size: number;
  /** entries always kept: patterns and scopes with parameters or wildcards (matched route by route) */
  always: number[];
  /** plain entries by exact scope */
  exact: Map<string, number[]>;
  /** plain entries under every prefix of their scope that ends at a segment boundary */
  under: Map<string, number[]>;
}

const indexes = new WeakMap<object, Index>();
/** Below this a list is scanned: an index costs more than it saves. */
const SMALL = 48;

const plainPaths = new Map<string, boolean>();
/** A path without parameters, wildcards or groups (compared by prefix alone). */
export function isPlainPath(p: string): boolean {
  let v = plainPaths.get(p);
  if (v === undefined) {
    v = !/[*:(]/.test(p);
    if (plainPaths.size > 50_000) plainPaths.clear();
    plainPaths.set(p, v);
  }
  return v;
}

/** Plain-path prefix test, as `pathCovers` does it for scopes without wildcards. */
function plainCovers(scope: string, path: string): boolean {
  if (scope === '' || scope === '/') return true;
  return path === scope || path.startsWith(scope.endsWith('/') ? scope : scope + '/');
}

/**
 * The entries of the lists, in order, that can run for some route under `scope`: those whose scope
 * covers it or lies inside it, and every pattern or parameterised scope.
 */
export function relevantUnder<E extends Scoped>(scope: string, ...lists: E[][]): E[] {
  const out: E[] = [];
  const exactScope = isPlainPath(scope);
  for (const list of lists) {
    if (!exactScope || scope === '' || scope === '/') {
      for (const e of list) out.push(e);
      continue;
    }
    if (list.length < SMALL) {
      for (const e of list) if (e.pattern || !isPlainPath(e.scope) || plainCovers(e.scope, scope) || plainCovers(scope, e.scope)) out.push(e);
      continue;
    }
    const index = indexOf(list);
    const hits = new Set<number>(index.always);
    // entries whose scope covers `scope`: its prefixes at segment boundaries, with and without the slash
    const add = (ids: number[] | undefined) => {
      if (ids) for (const i of ids) hits.add(i);
    };
    add(index.exact.get(''));
    add(index.exact.get('/'));
    for (let i = scope.indexOf('/', 1); i > 0; i = scope.indexOf('/', i + 1)) {
      add(index.exact.get(scope.slice(0, i)));
      add(index.exact.get(scope.slice(0, i + 1)));
    }
    add(index.exact.get(scope));
    // entries inside `scope`
    add(index.under.get(scope.endsWith('/') ? scope : scope + '/'));
    for (const i of [...hits].sort((a, b) => a - b)) if (plainOrKept(list[i], scope)) out.push(list[i]);
  }
  return out;
}

/** The index answers by keys; this re-checks each hit against the definition (cheap, hits are few). */
function plainOrKept(e: Scoped, scope: string): boolean {
  return e.pattern || !isPlainPath(e.scope) || plainCovers(e.scope, scope) || plainCovers(scope, e.scope);
}

function indexOf(list: Scoped[]): Index {
  let index = indexes.get(list);
  if (!index) {
    index = { size: 0, always: [], exact: new Map(), under: new Map() };
    indexes.set(list, index);
  }
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  };
  for (let i = index.size; i < list.length; i++) {
    const e = list[i];
    if (e.pattern || !isPlainPath(e.scope)) {
      index.always.push(i);
      continue;
    }
    push(index.exact, e.scope, i);
    // every prefix ending in a slash: `/api/r5/x` is under `/api/` and `/api/r5/`
    for (let j = e.scope.indexOf('/', 1); j > 0; j = e.scope.indexOf('/', j + 1)) push(index.under, e.scope.slice(0, j + 1), i);
  }
  index.size = list.length;
  return index;
}
