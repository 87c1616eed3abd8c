/**
 * Shared by the router-object frameworks (Express, Koa, Hono, Fastify): attach every
 * recorded `receiver.method(...)` call to the router object it is made on, and the small
 * path helpers they all need.
 */
import type { ValueRef, Pos, Loc, FunctionSummary, RouterCallFact } from '../types';
import { pathPatternMatches } from '../facts/pathGate';
import type { AV, Evaluator, RouterObject, RouterOp } from '../model/values';
import { refText } from '../model/values';
import { CallSiteCache, CallSiteIndex } from '../model/callSites';
import { inertSpecifiers, isUnread } from '../facts/inert';

export const VERBS: Record<string, string> = {
  get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE', all: 'ALL', options: 'OPTIONS', head: 'HEAD',
};

const collected = new WeakSet<Evaluator>();
/** router methods that return the router itself (Fastify's `withTypeProvider<ZodTypeProvider>()` returns the same instance, typed) */
const CHAINING = new Set(['use', 'get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head', 'withTypeProvider',
  // Elysia: every instance method returns the instance (`new Elysia().derive(fn).group('/x', g).get('/y', h)`)
  'group', 'guard', 'derive', 'resolve', 'onBeforeHandle', 'onRequest', 'onTransform', 'onAfterHandle', 'onAfterResponse', 'macro', 'state', 'model', 'decorate', 'onError', 'mount', 'as']);

/**
 * A collection of some files' calls only (the language server's early relink of the open editors): `merge` puts
 * each router's new ops from those files among the ops the last link had from the others.
 */
export interface OpsFocus {
  files: ReadonlySet<string>;
  merge(r: RouterObject): void;
}

export function collectRouterOps(ev: Evaluator, focus?: OpsFocus): void {
  if (collected.has(ev)) return;
  collected.add(ev);
  // Routers passed as parameters (`export default (app) => { app.get(...) }`) are bound at their call sites;
  // a function nobody calls with a router (a Fastify plugin, an autoloaded module) stands for its own router.
  // built on first need: it reads every function of every file, and most apps never pass routers around
  const callSites = () => callSitesOf(ev);
  for (const [file, facts] of ev.files) {
    if (focus && !focus.files.has(file)) continue;
    for (const rc of expandEach(ev, file, facts.routerCalls)) {
      // (a route registered only outside production is not deployed: `if (process.env.NODE_ENV !== 'production') app.use('/dev', dev)`)
      if (rc.devOnly && VERBS[rc.method]) continue;
      // `(router as Router).use(mw)` returns the router: `const r = router.use(a); r.get(...)` registers on it
      let receiver = rc.receiver;
      // (Elysia's `.route('GET', '/x', handler)` registers a route and returns the instance too)
      while (receiver.k === 'call' && receiver.callee.k === 'member' && (CHAINING.has(receiver.callee.prop) || (receiver.callee.prop === 'route' && receiver.args.length >= 3))) receiver = receiver.callee.object;
      let recv = ev.eval(file, receiver);
      // `app.route('/x').all(mw).get(h)` on a router handed in as a parameter: a builder on each bound router
      let builderPath: ValueRef | undefined;
      if (recv.t !== 'routebuilder' && receiver.k === 'call' && receiver.callee.k === 'member' && receiver.callee.prop === 'route' && receiver.args[0]) {
        const base = ev.eval(file, receiver.callee.object);
        if (base.t === 'param') {
          recv = base;
          builderPath = receiver.args[0];
        }
      }
      let targets: Bound[] = recv.t === 'param' ? bindParam(ev, recv, callSites) : [{ av: recv }];
      if (builderPath) {
        if (!VERBS[rc.method]) continue;
        targets = targets.flatMap((t) => (t.av.t === 'router' ? [{ ...t, av: { t: 'routebuilder' as const, router: t.av.id, path: builderPath!, file } }] : []));
      }
      // `Glue.compose(manifest, options, (err, server) => { server.route(...) })`: the server glue composes
      if (recv.t === 'param' && !targets.length && recv.path.length === 0) {
        const composed = composedServer(ev, recv);
        if (composed) targets = [{ av: composed }];
      }
      if (recv.t === 'param' && !targets.length && recv.index === 0 && recv.path.length === 0) {
        targets = [{ av: { t: 'router', id: ev.pluginRouter(recv.file, recv.fn).id } }];
      }
      for (const { av: t, sites } of targets) {
        if (t.t === 'router') {
          let r = ev.routers.get(t.id)!;
          const prefix = r.aliasOf ? r.prefix : undefined;
          if (r.aliasOf) r = ev.routers.get(r.aliasOf) ?? r;
          // Express/Koa `route('/x')` builders: their verbs are recorded on their own
          if (rc.method === 'route' && rc.args[0]?.k !== 'object' && !(r.framework === 'hono' && rc.args.length >= 2) && !(rc.args.length >= 3 && (r.framework === 'elysia' || elysiaWorkspace(ev))) && !hapiRouteTable(ev, file, r, rc.args[0])) continue;
          if (rc.method === 'prefix' && rc.args[0]?.k === 'lit') {
            r.prefix = String(rc.args[0].value);
            continue;
          }
          // restify-router: `router.applyRoutes(server, '/api')` is `server.use('/api', router)`, registered where it is called
          if (rc.method === 'applyRoutes' && r.framework === 'restify' && rc.args[0]) {
            const target = ev.eval(file, rc.args[0]);
            const host = target.t === 'router' ? ev.routers.get(target.id) : undefined;
            if (host && host.id !== r.id) host.ops.push({ method: 'use', args: rc.args[1] ? [rc.args[1], rc.receiver] : [rc.receiver], file, pos: rc.pos, order: rc.order, ...(sites?.length ? { site: sites[0], sites } : {}), ...(rc.devOnly ? { devOnly: rc.devOnly } : {}) });
            continue;
          }
          // restify's `server.pre(mw)` runs before routing, for every request: middleware like `use(mw)`
          const method = rc.method === 'pre' && r.framework === 'restify' ? 'use' : rc.method;
          r.ops.push({ method, args: rc.args, file, pos: rc.pos, order: rc.order, prefix, ...(sites?.length ? { site: sites[0], sites } : {}), ...(rc.devOnly ? { devOnly: rc.devOnly } : {}), ...(rc.entryAt ? { entryAt: rc.entryAt } : {}) });
        } else if (t.t === 'routebuilder' && VERBS[rc.method]) {
          const r = ev.routers.get(t.router)!;
          r.ops.push({ method: rc.method, args: rc.args, file, pos: rc.pos, order: rc.order, routePath: t.path, ...(sites?.length ? { site: sites[0], sites } : {}), ...(rc.entryAt ? { entryAt: rc.entryAt } : {}) });
        }
      }
    }
  }
  let elysia: boolean | undefined;
  if (focus) for (const r of ev.routers.values()) focus.merge(r);
  for (const r of ev.routers.values()) {
    if (focus && !r.ops.some((o) => focus.files.has(o.file))) continue;
    if (r.framework === 'elysia' || (r.plugin && r.ops.length && (elysia ??= elysiaWorkspace(ev)))) chainSourceOrder(r.ops);
    builderSourceOrder(r.ops);
    sortOps(r.ops);
  }
  // `class PostsController extends BaseController`: what the base class's constructor registers on `this.router`
  // (`this.router.use(authenticate)`) is on each subclass's own router, before the subclass's routes
  // (a focused collection merged them into the ops the last link copied)
  if (focus) return;
  for (const r of ev.routers.values()) {
    const base = r.inheritsFrom ? ev.routers.get(r.inheritsFrom) : undefined;
    if (!base?.ops.length) continue;
    const cut = r.inheritCut;
    const after = (o: RouterOp) => !!cut && o.file === cut.file && (o.pos.line > cut.pos.line || (o.pos.line === cut.pos.line && o.pos.column > cut.pos.column));
    const copies = base.ops.map((o) => ({ ...o }));
    // (the base's before the hand-over, the subclass's own, then the base's after it)
    r.ops = [...copies.filter((o) => !after(o)), ...r.ops, ...copies.filter(after)];
  }
}

/**
 * `for (const { method, path, handlers } of routes) router[method](path, ...handlers)` over a list another module
 * exports: one registration per element of the list, its method read off the element (`#each` is its index).
 */
function expandEach(ev: Evaluator, file: string, calls: RouterCallFact[]): (RouterCallFact & { entryAt?: Loc })[] {
  if (!calls.some((c) => c.method === '#each')) return calls;
  const out: (RouterCallFact & { entryAt?: Loc })[] = [];
  const listOf = (v: unknown): ValueRef | undefined => {
    if (!v || typeof v !== 'object') return undefined;
    const o = v as Record<string, unknown>;
    if (o.k === 'member' && o.prop === '#each') return o.object as ValueRef;
    for (const x of Object.values(o)) {
      const hit = listOf(x);
      if (hit) return hit;
    }
    return undefined;
  };
  const at = <T>(v: T, i: number): T => JSON.parse(JSON.stringify(v), (k, x) => (k === 'prop' && x === '#each' ? String(i) : x));
  for (const c of calls) {
    if (c.method !== '#each') {
      out.push(c);
      continue;
    }
    const list = c.eachMethod ? listOf(c.eachMethod) : undefined;
    const items = list ? ev.eval(file, list) : undefined;
    if (items?.t !== 'array') continue;
    items.items.slice(0, 100).forEach((item, i) => {
      const m = ev.eval(file, at(c.eachMethod!, i));
      const method = m.t === 'lit' && typeof m.value === 'string' ? m.value.toLowerCase() : '';
      // (shown at the table's entry, as a table unrolled in its own file is: each route is its own line)
      const entryAt = item.t === 'object' && item.pos ? { file: item.file, ...item.pos } : undefined;
      if (VERBS[method]) out.push({ ...c, method, args: at(c.args, i), eachMethod: undefined, ...(entryAt ? { entryAt } : {}) });
    });
  }
  return out;
}

/**
 * Elysia registers everything through one chained expression (`new Elysia().use(auth).get(...).post(...)`),
 * whose outermost call (the last in the chain) is met first: within a file, ops run in source order
 * (each op's position is that of its method name).
 */
function chainSourceOrder(ops: RouterOp[]): void {
  const byFile = new Map<string, RouterOp[]>();
  for (const o of ops) {
    const g = byFile.get(o.file);
    if (g) g.push(o);
    else byFile.set(o.file, [o]);
  }
  for (const g of byFile.values()) {
    if (g.length < 2) continue;
    const orders = g.map((o) => o.order).sort((a, b) => a - b);
    const bySource = [...g].sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
    bySource.forEach((o, i) => (o.order = orders[i]));
  }
}

/**
 * `router.route('/x').all(auth).get(h).delete(h2)` is one expression whose outermost call is met
 * first: the verbs of one builder run in source order (`.all(auth)` before `.get`), so their
 * registration order follows their position.
 */
function builderSourceOrder(ops: RouterOp[]): void {
  const groups = new Map<string, RouterOp[]>();
  for (const o of ops) {
    if (!o.routePath) continue;
    const key = `${o.file}\0${JSON.stringify(o.routePath)}\0${(o.sites ?? (o.site ? [o.site] : [])).map((s) => `${s.file}:${s.pos.line}:${s.pos.column}`).join('|')}`;
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const orders = g.map((o) => o.order).sort((a, b) => a - b);
    const bySource = [...g].sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
    bySource.forEach((o, i) => (o.order = orders[i]));
  }
}

/**
 * Registration order. Ops in one file keep their source order; ops made by a helper the router
 * was passed to (`applicationRoutes(router)`) run where that helper is called, so they sit
 * between the caller's own `use()` calls by the call's position, whichever file is read first;
 * a helper that hands the router on to another (`module.exports = (app) => { app.use('/api', auth, api);
 * require('./orders')(app) }`) places that one's ops between its own the same way, level by level.
 * Ops of different files with no call between them keep the order their files were read in.
 */
function sortOps(ops: RouterOp[]): void {
  if (!ops.some((o) => o.site)) {
    const files = new Map<string, number>();
    for (const o of ops) if (!files.has(o.file)) files.set(o.file, files.size);
    ops.sort((a, b) => (a.file === b.file ? a.order - b.order : files.get(a.file)! - files.get(b.file)!));
    return;
  }
  const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.column <= b.column);
  const siteKey = (s: { file: string; pos: Pos }) => `${s.file}:${s.pos.line}:${s.pos.column}`;
  const chainOf = (o: RouterOp) => o.sites ?? (o.site ? [o.site] : []);
  const prefixKey = (o: RouterOp, k: number) => chainOf(o).slice(0, k).map(siteKey).join('|');
  const roots = new Map<string, number>();
  const keys = new Map<RouterOp, number[]>();
  for (const o of ops) {
    const chain = chainOf(o);
    const root = chain.length ? chain[0].file : o.file;
    if (!roots.has(root)) roots.set(root, roots.size);
    const key = [roots.get(root)!];
    chain.forEach((s, k) => {
      // the ops the function at this level registers itself, before the call that goes one level down
      const prefix = prefixKey(o, k);
      const prior = ops.filter((d) => chainOf(d).length === k && d.file === s.file && prefixKey(d, k) === prefix && before(d.pos, s.pos)).map((d) => d.order);
      key.push((prior.length ? Math.max(...prior) : -1) + 0.5, s.pos.line, s.pos.column);
    });
    key.push(o.order, 0, 0);
    keys.set(o, key);
  }
  ops.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  });
}

type Bound = { av: AV; sites?: { file: string; pos: Pos }[] };

/** The hapi server `@hapi/glue` composes and hands to a callback passed in the same call. */
function composedServer(ev: Evaluator, p: Extract<AV, { t: 'param' }>): AV | null {
  const facts = ev.files.get(p.file);
  if (!facts) return null;
  for (const fn of facts.functions) {
    for (const c of fn?.calls ?? []) {
      if (!c.argRefs.some((a) => a.k === 'fn' && a.id === p.fn)) continue;
      const callee = ev.eval(p.file, c.callee);
      if (callee.t !== 'ext' || !/^(?:@hapi\/)?glue$/.test(callee.module) || callee.path.join('.') !== 'compose') continue;
      const id = `${p.file}:${c.pos.line}:${c.pos.column}`;
      if (!ev.routers.has(id)) ev.routers.set(id, { id, kind: 'app', framework: 'hapi', file: p.file, pos: c.pos, ops: [], mountedBy: 0 });
      return { t: 'router', id };
    }
  }
  return null;
}

/** hapi `server.route(routes)`: a table of route objects (an array, or one object kept in a variable or module) */
function hapiRouteTable(ev: Evaluator, file: string, r: RouterObject, arg: ValueRef | undefined): boolean {
  if (!arg || !(r.framework === 'hapi' || (r.plugin && r.framework === 'plugin'))) return false;
  if (arg.k === 'array') return true;
  const v = ev.eval(file, arg);
  return v.t === 'array' || v.t === 'object';
}

/** The call sites of this link, indexed once (router parameters and mounted parameters ask). */
const siteIndexes = new WeakMap<Evaluator, CallSiteIndex>();
function callSitesOf(ev: Evaluator): CallSiteIndex {
  let index = siteIndexes.get(ev);
  if (!index) {
    // built on first need: it reads every function of every file, and most apps never pass routers around
    index = (ev.callSiteCache ?? new CallSiteCache()).index(ev);
    siteIndexes.set(ev, index);
  }
  return index;
}

/**
 * The routers a parameter is bound to: `controllers.forEach((c) => app.use('/api', c.router))` in a class
 * handed `new App([new PostsController(), ...])` mounts each controller's router.
 */
export function boundRouters(ev: Evaluator, p: Extract<AV, { t: 'param' }>): AV[] {
  return bindParam(ev, p, () => callSitesOf(ev)).map((b) => b.av).filter((av) => av.t === 'router');
}

/** Every value a parameter (and the path read off it) is bound to: `c` of `controllers.forEach((c) => ...)` is each controller. */
export function boundValues(ev: Evaluator, p: Extract<AV, { t: 'param' }>): AV[] {
  return bindParam(ev, p, () => callSitesOf(ev)).map((b) => b.av);
}

/** What a router parameter is bound to at each call site, with the outermost site (where the router lives). */
function bindParam(ev: Evaluator, p: Extract<AV, { t: 'param' }>, sites: () => CallSiteIndex, depth = 0): Bound[] {
  if (depth > 3) return [];
  const out: Bound[] = [];
  const direct = sites().get(`${p.file}#${p.fn}`) ?? [];
  // no call in the workspace: an iteration callback's element, or a constructor's argument at `new`
  if (!direct.length) return [...iteratedElements(ev, p, sites, depth), ...constructedWith(ev, p, sites, depth)];
  for (const site of direct) {
    const refs = site.call.argRefs;
    // `adminUserRoutes(...args)` forwarding its own rest parameter: argument k is the caller's (rest index + k)
    const spreadAt = refs.findIndex((a) => a.k === 'spread');
    const spread = spreadAt >= 0 && spreadAt <= p.index ? refs[spreadAt] : undefined;
    if (spread?.k === 'spread' && spread.arg.k === 'param' && spread.arg.path.length === 0) {
      const here = { file: site.file, pos: site.call.pos };
      out.push(...bindParam(ev, { t: 'param', file: site.file, fn: spread.arg.fn, index: spread.arg.index + (p.index - spreadAt), path: p.path }, sites, depth + 1).map((b) => ({ ...b, sites: [...(b.sites ?? []), here] })));
      continue;
    }
    const arg = refs[p.index];
    if (!arg) continue;
    const v = ev.eval(site.file, arg);
    const here = { file: site.file, pos: site.call.pos };
    // (what the parameter's path reads off the argument: `c.router` of each element of `controllers`)
    if (v.t === 'param') {
      const bound = bindParam(ev, p.path.length ? { ...v, path: [...v.path, ...p.path] } : v, sites, depth + 1);
      // a Fastify plugin handing its own instance to a helper (`registerApiKeyHook(fastify)` adding an `onRequest` hook):
      // the plugin nobody calls stands for its own router, as it does for what it registers itself
      if (!bound.length && v.index === 0 && !v.path.length && !p.path.length && !(sites().get(`${v.file}#${v.fn}`) ?? []).length) {
        out.push({ av: { t: 'router', id: ev.pluginRouter(v.file, v.fn).id }, sites: [here] });
      }
      out.push(...bound.map((b) => ({ ...b, sites: [...(b.sites ?? []), here] })));
    }
    else for (const av of p.path.length ? along(ev, v, p.path) : [v]) out.push({ av, sites: [here] });
  }
  return out;
}

/** What a parameter path reads (`c.router`; `[]`: each element of a list) on a value it is bound to. */
export function along(ev: Evaluator, v: AV, path: string[]): AV[] {
  let values = [v];
  for (const prop of path) values = values.flatMap((x) => (prop === '[]' ? (x.t === 'array' ? x.items : []) : [ev.member(x, prop, 0)]));
  return values;
}

/** `list.forEach((item) => ...)` (or map, flatMap...): the callback's first parameter is each element of the list. */
function iteratedElements(ev: Evaluator, p: Extract<AV, { t: 'param' }>, sites: () => CallSiteIndex, depth: number): Bound[] {
  if (p.index !== 0) return [];
  const out: Bound[] = [];
  for (const fn of ev.files.get(p.file)?.functions ?? []) {
    for (const c of fn?.calls ?? []) {
      if (c.argRefs[0]?.k !== 'fn' || c.argRefs[0].id !== p.fn) continue;
      if (c.callee.k !== 'member' || !/^(?:forEach|map|flatMap|filter|some|every|find)$/.test(c.callee.prop)) continue;
      const list = ev.eval(p.file, c.callee.object);
      const lists = list.t === 'param' ? bindParam(ev, { ...list, path: list.path }, sites, depth + 1).map((b) => b.av) : [list];
      for (const l of lists) if (l.t === 'array') for (const item of l.items) for (const av of along(ev, item, p.path)) out.push({ av, sites: [{ file: p.file, pos: c.pos }] });
    }
  }
  return out;
}

/**
 * A class constructor's parameter: the argument at each `new C(...)` in the files that import the
 * class's module (or in it), and at each `new Sub(...)` of a subclass that inherits the constructor
 * (`class Changes extends WithHttp {}` constructed with an HTTP client: without it, the parameter was
 * bound to nothing and taken for a router of its own).
 */
function constructedWith(ev: Evaluator, p: Extract<AV, { t: 'param' }>, sites: () => CallSiteIndex, depth: number): Bound[] {
  const facts = ev.files.get(p.file);
  if (facts?.functions[p.fn]?.name !== 'constructor') return [];
  const out: Bound[] = [];
  /** the class whose constructor is this one, or a subclass that inherits it (a few levels) */
  const inherits = (cls: AV, levels = 0): boolean => {
    if (cls.t !== 'class' || levels > 4) return false;
    if (Object.prototype.hasOwnProperty.call(cls.methods, 'constructor')) return cls.file === p.file && cls.methods['constructor'] === p.fn;
    return !!cls.extends && inherits(ev.eval(cls.file, cls.extends), levels + 1);
  };
  /** read as a member of one class's instances (`this.router` in its methods): that class or one extending it */
  const via = p.instanceOf;
  const isVia = (cls: AV, levels = 0): boolean =>
    !via || (cls.t === 'class' && levels <= 4 && ((cls.file === via.file && cls.name === via.name) || (!!cls.extends && isVia(ev.eval(cls.file, cls.extends), levels + 1))));
  // the class's module, then the modules of subclasses that inherit its constructor
  const classFiles = new Set([p.file]);
  const scanned = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const before = classFiles.size;
    for (const [file, f] of ev.files) {
      if (f.kind !== 'code' || scanned.has(file)) continue;
      const importsIt = (source: string) => {
        if (!/^[.@~#]/.test(source)) return false;
        const r = ev.resolver.resolve(file, source);
        return r.kind === 'file' && classFiles.has(r.rel);
      };
      // (an inert file's imports from its text: its facts are extracted only when it does import the class)
      const sources = isUnread(f) ? inertSpecifiers(f) ?? [] : Object.values(f.imports).map((i) => i.source);
      if (!classFiles.has(file) && !sources.some(importsIt)) continue;
      scanned.add(file);
      for (const b of Object.values(f.bindings ?? {})) {
        if (b.k === 'class' && b.extends && !Object.prototype.hasOwnProperty.call(b.methods, 'constructor') && inherits(ev.eval(file, b.extends))) classFiles.add(file);
      }
      for (const n of f.constructions ?? []) {
        const cls = ev.eval(file, n.callee);
        if (!n.args[p.index] || !inherits(cls) || !isVia(cls)) continue;
        const v = ev.eval(file, n.args[p.index]);
        const here = { file, pos: n.pos };
        if (v.t === 'param') out.push(...bindParam(ev, p.path.length ? { ...v, path: [...v.path, ...p.path] } : v, sites, depth + 1).map((b) => ({ ...b, sites: [...(b.sites ?? []), here] })));
        else for (const av of along(ev, v, p.path)) out.push({ av, sites: [here] });
      }
    }
    if (classFiles.size === before) break;
  }
  return out;
}

export function routerOf(ev: Evaluator, av: AV): RouterObject | undefined {
  if (av.t === 'router') {
    const r = ev.routers.get(av.id);
    return r?.aliasOf ? ev.routers.get(r.aliasOf) : r;
  }
  return undefined;
}

export function flattenArgs(ev: Evaluator, file: string, args: ValueRef[], depth = 0): { av: AV; text: string; ref: ValueRef }[] {
  const out: { av: AV; text: string; ref: ValueRef }[] = [];
  for (const a of args) {
    const av = ev.eval(file, a);
    // Hono's `...factory.createHandlers(zValidator('json', S), handler)`: the middleware and the handler it was given
    // (a call given functions evaluates as a wrapper around one of them: look at the call itself)
    const call = av.t === 'wrapped' ? av.wrapper : av;
    if (call.t === 'extcall' && call.module === 'hono/factory' && call.path[call.path.length - 1] === 'createHandlers' && depth < 3) {
      out.push(...flattenArgs(ev, call.file, call.args, depth + 1));
      continue;
    }
    if (av.t === 'array') {
      // (`...r.middlewares` with `r` an entry of a route table unrolled by the extractor: the list written in the entry)
      let written: ValueRef = a.k === 'spread' ? a.arg : a;
      if (written.k === 'member' && written.object.k === 'object') written = written.object.props[written.prop] ?? written;
      const items = written.k === 'array' ? written.items : [];
      av.items.forEach((it, i) => out.push({ av: it, text: items[i] ? refText(items[i]) : (av.written?.[i] ? refText(av.written[i]) : `${refText(a)}[${i}]`), ref: items[i] ?? a }));
    } else out.push({ av, text: refText(a), ref: a });
  }
  return out;
}

export function pathOf(v: ValueRef | undefined): string | null {
  if (!v) return null;
  if (v.k === 'lit' && typeof v.value === 'string') return v.value;
  if (v.k === 'lit' && v.regex) return `/${v.regex}/`;
  // `{ path: '/auth', route }.path`: a loop over route tables, unrolled by the extractor
  if (v.k === 'member' && v.object.k === 'object') return pathOf(v.object.props[v.prop]);
  if (v.k === 'array') {
    const ps = v.items.map(pathOf).filter((x): x is string => x !== null);
    return ps.length ? ps[0] : null;
  }
  if (v.k === 'concat') return concatPath(v.parts);
  return null;
}

/** A route path written in `file`: a string built of parts is folded across files first (`${API}/x`). */
export function pathIn(ev: Evaluator, file: string, v: ValueRef | undefined): string | null {
  if (v?.k === 'concat') {
    const folded = ev.eval(file, v);
    if (folded.t === 'lit' && typeof folded.value === 'string') return folded.value;
  }
  return pathOf(v);
}

/**
 * A path built from parts (`/${page}`, `'/tutorial/' + name`): literal parts as written, a part not
 * known statically (a loop over an imported list, a parameter) becomes a `:name` placeholder for its
 * whole segment, so the route is still found and reads like a parameterised one. Only for strings
 * that look like paths: a literal part with a `/`, and at most a leading placeholder before it.
 */
export function concatPath(parts: ValueRef[]): string | null {
  let out = '';
  let sawSlash = false;
  for (const p of parts) {
    const fixed = p.k === 'lit' ? (typeof p.value === 'string' || typeof p.value === 'number' ? String(p.value) : null) : pathOf(p);
    if (fixed !== null) {
      out += fixed;
      if (fixed.includes('/')) sawSlash = true;
      continue;
    }
    const name = placeholderName(p);
    // `/files/${name}.json` keeps its suffix in the same segment: `/files/:name.json` (Express reads it so too)
    out += (out === '' ? '/' : '') + ':' + name;
  }
  if (!sawSlash) return null;
  return out.replace(/\/{2,}/g, '/');
}

function placeholderName(v: ValueRef): string {
  const raw =
    v.k === 'param' ? (v.path.length ? v.path[v.path.length - 1] : v.name) :
    v.k === 'ref' || v.k === 'global' ? v.name :
    v.k === 'member' ? v.prop :
    v.k === 'import' ? (v.name === 'default' || v.name === '*' ? undefined : v.name) :
    v.k === 'unknown' ? v.text : undefined;
  const id = raw && /^[A-Za-z_$][\w$]*$/.test(raw) ? raw.replace(/\$/g, '') : '';
  return id || 'param';
}

/**
 * A path as the routes are named: a parameter's pattern dropped (Hono `/:slug{[a-z0-9-]{3,40}}`,
 * Express 4 `/:id(\\d+)` both name `/:slug`, `/:id`); groups not right after a parameter name
 * (Express 5 `/users{/:id}`) are part of the path and stay.
 */
export function withoutParamPatterns(p: string): string {
  if (!/:[A-Za-z_$][\w$]*[{(]/.test(p)) return p;
  let out = '';
  for (let i = 0; i < p.length; ) {
    const m = /^:[A-Za-z_$][\w$]*/.exec(p.slice(i));
    if (!m) {
      out += p[i++];
      continue;
    }
    out += m[0];
    i += m[0].length;
    const open = p[i];
    if (open !== '{' && open !== '(') continue;
    const close = open === '{' ? '}' : ')';
    let depth = 0;
    let j = i;
    for (; j < p.length; j++) {
      if (p[j] === '\\') j++;
      else if (p[j] === open) depth++;
      else if (p[j] === close && --depth === 0) break;
    }
    if (j >= p.length) return p; // unbalanced: left as written
    i = j + 1;
  }
  return out;
}

export function joinPath(a: string, b: string): string {
  let j = `${a}/${b}`;
  if (j.includes('//')) j = j.replace(/\/+/g, '/');
  return j.length > 1 && j.endsWith('/') ? j.slice(0, -1) : j;
}

/** Does a use() scope apply to a route path? ('/api' covers '/api/x', not '/apix'; '/api/*' covers '/api/x') */
export function pathCovers(scope: string, path: string): boolean {
  if (scope === '' || scope === '/' || scope === '*' || scope === '/*') return true;
  if (scope.includes('*')) {
    const re = new RegExp('^' + scope.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\/\*$/, '(?:/.*)?').replace(/\*/g, '.*') + '$');
    return re.test(path);
  }
  return path === scope || path.startsWith(scope.endsWith('/') ? scope : scope + '/');
}

/**
 * `jwt(...).unless({ path: ['/login', /^\/public/] })` (express-unless, koa-unless): the paths the
 * middleware skips. Returns a predicate, or null when the entry has no unless().
 */
export function unlessPredicate(ev: Evaluator, file: string, ref: ValueRef, av?: AV): ((path: string, method: string) => boolean) | null {
  if (ref.k === 'call' && ref.callee.k === 'member' && ref.callee.prop === 'unless') return unlessOptions(ev, file, ref.args[0]);
  // made in another module (`const requireToken = jwt({ secret }).unless({ path: [...] }); module.exports = { requireToken }`)
  if (av?.t === 'extcall' && av.path[av.path.length - 1] === 'unless') return unlessOptions(ev, av.file, av.args[0]);
  // hono/combine `except('/api/search/suggest', requireUser)` (or a list of paths): the middleware is skipped on the
  // request paths the condition matches (a function condition is not read: the middleware counts everywhere)
  // (a middleware handed to it makes the call a wrapper: `{ wrapper: except(...), inner: requireUser }`)
  const comb = av?.t === 'wrapped' ? av.wrapper : av;
  if (comb?.t === 'extcall' && comb.module === 'hono/combine' && comb.path.filter((x) => x !== '()').join('.') === 'except' && comb.args[0]) {
    let cond = comb.args[0];
    if (cond.k === 'ref') cond = ev.files.get(comb.file)?.bindings[cond.name] ?? cond;
    const items = cond.k === 'array' ? cond.items : [cond];
    const pats = items.flatMap((x) => (x.k === 'lit' && typeof x.value === 'string' ? [x.value] : []));
    if (!pats.length || pats.length !== items.length) return null;
    const res = pats.map((pat) => new RegExp('^' + pat.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\/\*$/, '(?:/.*)?').replace(/\*/g, '.*').replace(/:[A-Za-z_]\w*/g, '[^/]+') + '/?$'));
    return (path) => res.some((re) => re.test(path) || re.test(path.replace(/:[A-Za-z_]\w*/g, 'x')));
  }
  return null;
}

function unlessOptions(ev: Evaluator, file: string, opts: ValueRef | undefined): ((path: string, method: string) => boolean) | null {
  if (!opts) return null;
  const optsV = opts.k === 'ref' ? ev.files.get(file)?.bindings[opts.name] ?? opts : opts;
  const list: ValueRef[] = [];
  let methods: string[] = [];
  if (optsV.k === 'object') {
    const p = optsV.props.path ?? optsV.props.paths ?? optsV.props.url;
    if (p) list.push(...(p.k === 'array' ? p.items : [p]));
    const m = optsV.props.method ?? optsV.props.methods;
    if (m) methods = (m.k === 'array' ? m.items : [m]).flatMap((x) => (x.k === 'lit' && typeof x.value === 'string' ? [x.value.toUpperCase()] : []));
  } else if (optsV.k === 'array' || optsV.k === 'lit') list.push(...(optsV.k === 'array' ? optsV.items : [optsV]));
  const tests: ((p: string) => boolean)[] = [];
  for (const item of list) {
    if (item.k === 'lit' && item.regex) {
      try {
        const re = new RegExp(item.regex);
        // `/users/:id` stands for concrete paths: try a word and a number for each parameter
        tests.push((p) => re.test(p) || re.test(p.replace(/:[A-Za-z_]\w*/g, 'x')) || re.test(p.replace(/:[A-Za-z_]\w*/g, '1')));
      } catch {
        /* an unparsable pattern excludes nothing */
      }
    } else if (item.k === 'lit' && typeof item.value === 'string') {
      const s = item.value;
      tests.push((p) => p === s || p === s.replace(/\/$/, ''));
    } else if (item.k === 'object') {
      const url = item.props.url;
      const ms = item.props.methods ?? item.props.method;
      const mlist = ms ? (ms.k === 'array' ? ms.items : [ms]).flatMap((x) => (x.k === 'lit' ? [String(x.value).toUpperCase()] : [])) : [];
      if (url && url.k === 'lit') {
        const inner = url.regex ? new RegExp(url.regex) : null;
        const str = typeof url.value === 'string' ? url.value : null;
        tests.push((p) => (inner ? inner.test(p) : p === str) && (!mlist.length || mlist.includes(currentMethod)));
      }
    }
  }
  let currentMethod = '';
  return (path, method) => {
    currentMethod = method;
    if (methods.length && !methods.includes(method)) return false;
    return tests.some((t) => t(path));
  };
}

/** A middleware that lets this path through without its checks (`if (PUBLIC.includes(req.path)) return next()`). */
export function bypasses(ev: Evaluator, av: AV, path: string, routeId?: string, authenticates?: (handedTo: AV) => boolean): boolean {
  const fn = av.t === 'fn' ? av : av.t === 'wrapped' && av.inner.t === 'fn' ? av.inner : null;
  if (!fn) return false;
  const cf = checkingFunction(ev, fn.file, fn.id, 0);
  // (a branch handing the request to an auth middleware, `return donorAuth(request)`, lets nothing through unchecked)
  const gates = authenticates && cf ? cf.summary.pathBypass?.filter((g) => !g.handsTo || !authenticates(ev.eval(cf.file, g.handsTo))) : cf?.summary.pathBypass;
  if (!gates?.length) return false;
  const passes = (g: (typeof gates)[number]) => {
    const hit = g.patterns.some((p) => pathPatternMatches(p, path) || (!!routeId && pathPatternMatches(p, routeId)));
    return g.negated ? !hit : hit;
  };
  // checks made inside blocks for some paths (`if (path.startsWith('/requests')) {...} if (path.startsWith('/admin')) {...}`)
  // cover the paths of any of the blocks; the other gates (allowlists, early returns) each let their paths through
  const within = gates.filter((g) => g.within);
  return gates.some((g) => !g.within && passes(g)) || (within.length > 0 && within.every(passes));
}

/**
 * The function whose checks decide for a middleware: itself, or, when it checks nothing itself, the one helper it
 * calls that does (Supabase's recipe, `export async function middleware(request) { return await updateSession(request) }`
 * with `if (!user && request.nextUrl.pathname.startsWith('/dashboard')) return NextResponse.redirect(url)` in the
 * helper): that helper's path logic says which paths are checked.
 */
export function checkingSummary(ev: Evaluator, file: string, id: number, depth = 0): FunctionSummary | undefined {
  return checkingFunction(ev, file, id, depth)?.summary;
}

/** checkingSummary with the file the deciding function is written in */
function checkingFunction(ev: Evaluator, file: string, id: number, depth = 0): { file: string; summary: FunctionSummary } | undefined {
  const s = ev.summary(file, id);
  if (!s) return undefined;
  if (s.pathBypass?.length || s.sessionCheck || s.rejects || depth >= 3) return { file, summary: s };
  const checking: { file: string; summary: FunctionSummary }[] = [];
  for (const c of s.calls) {
    const callee = ev.eval(file, c.callee);
    if (callee.t !== 'fn') continue;
    const sub = checkingFunction(ev, callee.file, callee.id, depth + 1);
    if (sub && (sub.summary.sessionCheck || sub.summary.rejects || sub.summary.pathBypass?.length) && !checking.some((x) => x.summary === sub.summary)) checking.push(sub);
  }
  return checking.length === 1 ? checking[0] : { file, summary: s };
}

/** (`routeId`: the framework's name for the route, tested too: SvelteKit's `/(app)/projects/[id]`) */
/** The role checks a middleware or hook makes for this path only (`if (path.startsWith('/admin') && user.role !== 'admin')`). */
export function pathRoleChecksAt(ev: Evaluator, av: AV, path: string, routeId?: string): string[] {
  const fn = av.t === 'fn' ? av : av.t === 'wrapped' && av.inner.t === 'fn' ? av.inner : null;
  const checks = fn ? checkingSummary(ev, fn.file, fn.id)?.pathRoleChecks : undefined;
  if (!checks?.length || bypasses(ev, av, path, routeId)) return [];
  return checks.filter((c) => c.patterns.some((p) => pathPatternMatches(p, path) || (!!routeId && pathPatternMatches(p, routeId))) !== c.negated).map((c) => c.role);
}

/** Does the middleware hand requests of this method on unchecked (`if (req.method === 'GET') return next()`)? */
export function methodBypassed(ev: Evaluator, av: AV, method: string): boolean {
  const fn = av.t === 'fn' ? av : av.t === 'wrapped' && av.inner.t === 'fn' ? av.inner : null;
  if (!fn) return false;
  return !!ev.summary(fn.file, fn.id)?.methodBypass?.includes(method);
}

/** Does this workspace use Elysia? (a router-style function handed to `.use()` / `.group()` is then an Elysia plugin) */
export function elysiaWorkspace(ev: Evaluator): boolean {
  let known = elysiaMemo.get(ev);
  if (known === undefined) {
    known = false;
    for (const r of ev.routers.values()) if (r.framework === 'elysia') known = true;
    if (!known) for (const f of ev.files.values()) if (f.packageDeps?.includes('elysia')) known = true;
    // (routers are still being made while ops are collected: remember only a yes)
    if (known) elysiaMemo.set(ev, known);
  }
  return known;
}
const elysiaMemo = new WeakMap<Evaluator, boolean>();
