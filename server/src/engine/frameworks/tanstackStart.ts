/**
 * TanStack Start: server functions and server routes.
 *
 * - A server function (`createServerFn({ method }).middleware([...]).inputValidator(s).handler(fn)`)
 *   is an RPC endpoint any client can call with any `data`: a route named by its file and binding
 *   (`src/server/contacts.ts#getDeal`), like a Next.js server action. Its `.middleware([...])`
 *   list runs before the handler (a middleware's own `.middleware([...])` first), then the
 *   app's global function middleware (`createStart(() => ({ functionMiddleware }))`).
 * - A server route (`createFileRoute('/api/x/$id')({ server: { middleware, handlers: { GET } } })`,
 *   the older `createServerFileRoute('/api/x').methods({...})` and `createAPIFileRoute('/api/x')({...})`)
 *   is an HTTP route at its path, `$id` read as `:id`.
 * A middleware (`createMiddleware().server(fn)`) enters the chain as its `server` function, so it is
 * classified like any other: a session read with a rejection is authentication. What it passes on
 * (`next({ context: { user } })`) is read by the handler as `context.user`, the caller's identity.
 */
import type { ValueRef, Loc } from '../types';
import { importsFrom } from './importScan';
import type { Evaluator, AV } from '../model/values';
import { refText } from '../model/values';
import { isUnread } from '../facts/inert';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import { defOf, type At } from './trpc';

const START_MODULE = /^@tanstack\/(?:(?:react|solid|vue)-)?start(?:\/|$)/;
const ROUTER_MODULE = /^@tanstack\/(?:(?:react|solid|vue)-)?(?:router|start)(?:\/|$)/;
const METHODS = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY|ALL)$/;

export function tanstackStartRoutes(ev: Evaluator): RawRoute[] {
  const out: RawRoute[] = [];
  const files = [...ev.files].filter(([, f]) => f.kind === 'code' && !isUnread(f) && importsFrom(f, /^@tanstack\//));
  if (!files.length) return out;
  const global = globalMiddleware(ev, files.map(([file]) => file));
  for (const [file, f] of files) {
    for (const [name, v] of Object.entries(f.bindings)) {
      if (v.k !== 'call') continue;
      const fn = serverFn(ev, { file, v });
      if (fn) {
        out.push({ ...fn, path: `${file}#${name}`, chain: [...global.request, ...global.fn, ...fn.chain] });
        continue;
      }
      out.push(...serverRoute(ev, { file, v }, global.request));
    }
    // `export default createServerFn()...` is rare but legal
    const d = f.exports.default;
    if (d && d.k === 'call') {
      const fn = serverFn(ev, { file, v: d });
      if (fn) out.push({ ...fn, path: `${file}#default`, chain: [...global.request, ...global.fn, ...fn.chain] });
    }
  }
  return out;
}


/** The import a call chain starts from (`createServerFn`, `createMiddleware`, ...), with the root call. */
function chainRoot(ev: Evaluator, at: At): { name: string; module: string; root: At } | null {
  let cur = at;
  for (let i = 0; i < 24; i++) {
    cur = defOf(ev, cur);
    const c = cur.v;
    if (c.k !== 'call') return null;
    if (c.callee.k === 'member') {
      // `createFileRoute('/x')({...})`: a call of a call
      cur = { file: cur.file, v: c.callee.object };
      continue;
    }
    if (c.callee.k === 'call') {
      cur = { file: cur.file, v: c.callee };
      continue;
    }
    const callee = ev.eval(cur.file, c.callee);
    if (callee.t !== 'ext') return null;
    return { name: callee.path.filter((x) => x !== '()').pop() ?? '', module: callee.module, root: cur };
  }
  return null;
}

/** `createServerFn(opts)....handler(fn)` as a route (path and global chain added by the caller). */
function serverFn(ev: Evaluator, at: At): RawRoute | null {
  const { file, v } = at;
  if (v.k !== 'call' || v.callee.k !== 'member' || v.callee.prop !== 'handler' || !v.args[0]) return null;
  const root = chainRoot(ev, at);
  if (!root || root.name !== 'createServerFn' || !START_MODULE.test(root.module)) return null;
  const chain: RawChainEntry[] = [];
  let validated = false;
  let cur: At = { file, v: v.callee.object };
  for (let i = 0; i < 24; i++) {
    cur = defOf(ev, cur);
    const c = cur.v;
    if (c.k !== 'call' || c.callee.k !== 'member') break;
    const m = c.callee.prop;
    if (m === 'middleware' && c.args[0]) chain.unshift(...middlewareList(ev, { file: cur.file, v: c.args[0] }, new Set()));
    else if ((m === 'inputValidator' || m === 'validator') && c.args[0] && !isCast(ev, cur.file, c.args[0])) validated = true;
    cur = { file: cur.file, v: c.callee.object };
  }
  const loc: Loc = { file, ...v.pos };
  if (validated) chain.push({ av: { t: 'unknown', text: 'inputValidator' }, text: '.inputValidator(schema)', registeredAt: loc, file, roles: ['validation'], why: 'server function input validator' });
  const opts = root.root.v.k === 'call' ? root.root.v.args[0] : undefined;
  const method = opts?.k === 'object' && opts.props.method?.k === 'lit' && typeof opts.props.method.value === 'string' ? opts.props.method.value.toUpperCase() : 'GET';
  const handler = ev.eval(file, v.args[0]);
  return { framework: 'tanstack-start', method, path: '', loc, handler, handlerText: refText(v.args[0]), handlerFile: file, chain, mounts: [], mountKnown: true, style: 'express' };
}

/** `.inputValidator((d: { id: string }) => d)`: a type annotation, not a check */
function isCast(ev: Evaluator, file: string, v: ValueRef): boolean {
  const d = defOf(ev, { file, v });
  if (d.v.k !== 'fn') return false;
  const r = ev.summary(d.file, d.v.id)?.returns[0];
  return !!r && r.k === 'param' && r.index === 0 && r.path.length === 0;
}

/** The chain entries of a `[authMiddleware, ...]` list: each middleware's own dependencies first. */
function middlewareList(ev: Evaluator, at: At, seen: Set<string>): RawChainEntry[] {
  const list = defOf(ev, at);
  if (list.v.k !== 'array') return [];
  const out: RawChainEntry[] = [];
  for (const item of list.v.items) out.push(...middlewareEntries(ev, { file: list.file, v: item }, seen));
  return out;
}

function middlewareEntries(ev: Evaluator, at: At, seen: Set<string>): RawChainEntry[] {
  const d = defOf(ev, at);
  const key = `${d.file}:${d.v.k === 'call' ? `${d.v.pos.line}:${d.v.pos.column}` : refText(d.v)}`;
  if (seen.has(key) || seen.size > 16) return [];
  seen.add(key);
  const text = refText(at.v);
  const registeredAt: Loc = { file: d.file, ...(d.v.k === 'call' ? d.v.pos : { line: 1, column: 1, endLine: 1, endColumn: 1 }) };
  // `createMiddleware().middleware([auth]).server(fn)`: walk the builder for its dependencies and server function
  const deps: RawChainEntry[] = [];
  let server: AV | null = null;
  let clientOnly = false;
  let cur: At = d;
  for (let i = 0; i < 24; i++) {
    cur = defOf(ev, cur);
    const c = cur.v;
    if (c.k !== 'call' || c.callee.k !== 'member') break;
    if (c.callee.prop === 'server' && c.args[0] && !server) server = ev.eval(cur.file, c.args[0]);
    else if (c.callee.prop === 'client') clientOnly = true;
    else if (c.callee.prop === 'middleware' && c.args[0]) deps.unshift(...middlewareList(ev, { file: cur.file, v: c.args[0] }, seen));
    cur = { file: cur.file, v: c.callee.object };
  }
  // a middleware with a `.client(fn)` and no `.server(fn)` runs in the browser (it attaches a token header):
  // it checks nothing on the server, whatever its name
  if (!server && clientOnly) return [...deps, { av: { t: 'unknown', text }, text, registeredAt, file: d.file, roles: [], why: 'client-side middleware (runs in the browser)' }];
  const av = server ?? ev.eval(d.file, d.v);
  return [...deps, { av, text, registeredAt, file: d.file }];
}

/** `createFileRoute(path)({ server })`, `createServerFileRoute(path)[.middleware([...])].methods({...})`, `createAPIFileRoute(path)({...})` */
function serverRoute(ev: Evaluator, at: At, requestMiddleware: RawChainEntry[]): RawRoute[] {
  const { file, v } = at;
  if (v.k !== 'call') return [];
  const root = chainRoot(ev, at);
  if (!root || root.root.v.k !== 'call') return [];
  const pathArg = root.root.v.args[0];
  const urlPath = pathArg && pathArg.k === 'lit' && typeof pathArg.value === 'string' ? toExpressPath(pathArg.value) : null;
  if (!urlPath) return [];
  let handlers: At | null = null;
  const chain: RawChainEntry[] = [];
  if (root.name === 'createFileRoute' && ROUTER_MODULE.test(root.module) && v.callee.k === 'call') {
    const opts = defOf(ev, { file, v: v.args[0] ?? { k: 'unknown', text: '' } });
    const server = opts.v.k === 'object' ? opts.v.props.server : undefined;
    const s = server ? defOf(ev, { file: opts.file, v: server }) : null;
    if (!s || s.v.k !== 'object') return [];
    if (s.v.props.middleware) chain.push(...middlewareList(ev, { file: s.file, v: s.v.props.middleware }, new Set()));
    if (s.v.props.handlers) handlers = { file: s.file, v: s.v.props.handlers };
  } else if (root.name === 'createAPIFileRoute' && START_MODULE.test(root.module) && v.callee.k === 'call' && v.args[0]) {
    handlers = { file, v: v.args[0] };
  } else if (root.name === 'createServerFileRoute' && START_MODULE.test(root.module) && v.callee.k === 'member' && v.callee.prop === 'methods' && v.args[0]) {
    handlers = { file, v: v.args[0] };
    let cur: At = { file, v: v.callee.object };
    for (let i = 0; i < 12; i++) {
      cur = defOf(ev, cur);
      const c = cur.v;
      if (c.k !== 'call' || c.callee.k !== 'member') break;
      if (c.callee.prop === 'middleware' && c.args[0]) chain.unshift(...middlewareList(ev, { file: cur.file, v: c.args[0] }, new Set()));
      cur = { file: cur.file, v: c.callee.object };
    }
  } else return [];
  let table = handlers ? defOf(ev, handlers) : null;
  // `handlers: ({ createHandlers }) => createHandlers({ GET: { middleware, handler }, ... })`
  if (table?.v.k === 'fn') {
    const r = ev.summary(table.file, table.v.id)?.returns[0] as ValueRef | undefined;
    const named = (c: ValueRef) => (c.k === 'param' ? c.path[c.path.length - 1] ?? c.name : c.k === 'member' ? c.prop : refText(c));
    table = r && r.k === 'call' && r.args[0] && named(r.callee) === 'createHandlers' ? defOf(ev, { file: table.file, v: r.args[0] }) : null;
  }
  if (!table || table.v.k !== 'object') return [];
  const out: RawRoute[] = [];
  for (const [method, hv] of Object.entries(table.v.props)) {
    if (!METHODS.test(method)) continue;
    let h = defOf(ev, { file: table.file, v: hv });
    const own: RawChainEntry[] = [];
    // `GET: { middleware: [...], handler }`
    if (h.v.k === 'object') {
      if (h.v.props.middleware) own.push(...middlewareList(ev, { file: h.file, v: h.v.props.middleware }, new Set()));
      if (!h.v.props.handler) continue;
      h = defOf(ev, { file: h.file, v: h.v.props.handler });
    }
    if (h.v.k !== 'fn') continue;
    const pos = ev.summary(h.file, h.v.id)?.pos ?? v.pos;
    out.push({
      framework: 'tanstack-start', method: method === 'ANY' ? 'ALL' : method, path: urlPath, loc: { file: h.file, ...pos }, handler: ev.eval(h.file, h.v), handlerText: `${method} ${urlPath}`,
      handlerFile: h.file, chain: [...requestMiddleware, ...chain, ...own], mounts: [], mountKnown: true, style: 'express',
    });
  }
  return out;
}

/** `/api/contacts/$contactId` -> `/api/contacts/:contactId`; a splat `$` -> `*` */
function toExpressPath(p: string): string {
  return p.split('/').map((s) => (s === '$' ? '*' : s.startsWith('$') ? ':' + s.slice(1) : s)).join('/').replace(/\/$/, '') || '/';
}

/** `createStart(() => ({ requestMiddleware, functionMiddleware }))`: middleware every request / server function runs through. */
function globalMiddleware(ev: Evaluator, files: string[]): { request: RawChainEntry[]; fn: RawChainEntry[] } {
  const out = { request: [] as RawChainEntry[], fn: [] as RawChainEntry[] };
  for (const file of files) {
    for (const v of Object.values(ev.files.get(file)!.bindings)) {
      if (v.k !== 'call' || !v.args[0]) continue;
      const callee = ev.eval(file, v.callee);
      if (callee.t !== 'ext' || !START_MODULE.test(callee.module) || callee.path.filter((x) => x !== '()').pop() !== 'createStart') continue;
      let opts = defOf(ev, { file, v: v.args[0] });
      if (opts.v.k === 'fn') {
        const r = ev.summary(opts.file, opts.v.id)?.returns[0];
        if (r) opts = defOf(ev, { file: opts.file, v: r as ValueRef });
      }
      if (opts.v.k !== 'object') continue;
      if (opts.v.props.requestMiddleware) out.request.push(...middlewareList(ev, { file: opts.file, v: opts.v.props.requestMiddleware }, new Set()));
      if (opts.v.props.functionMiddleware) out.fn.push(...middlewareList(ev, { file: opts.file, v: opts.v.props.functionMiddleware }, new Set()));
    }
  }
  return out;
}
