/**
 * Express, Koa (@koa/router) and Hono: apps and routers whose middleware runs in
 * registration order. `use()` order, mounts across files (`app.use('/x', router)`,
 * `app.use(router.routes())`, `app.route('/x', sub)`), router prefixes and Hono
 * `basePath`, `router.route(p).get()`, middleware arrays and spreads, wrapped handlers,
 * and `unless()` exclusions. Produces raw routes with their effective middleware chain.
 */
import type { ValueRef, Loc } from '../types';
import type { Evaluator, RouterObject } from '../model/values';
import { refText, memberParts } from '../model/values';
import type { RawRoute, RawChainEntry, ParamLoader } from '../model/rawRoute';
import { VERBS, collectRouterOps, boundRouters, boundValues, along, flattenArgs, pathOf, pathIn, joinPath, withoutParamPatterns, pathCovers, routerOf, unlessPredicate, bypasses, methodBypassed, elysiaWorkspace } from './routerOps';

import { EXPRESS_API } from '../model/types';
import { hapiWorkspace } from './hapi';
import { edgeFunctionPrefix } from './supabaseEdge';
import { relevantUnder } from './scopeIndex';

export { joinPath, pathCovers } from './routerOps';

const CONNECT_STYLE = new Set([...EXPRESS_API, 'koa', 'hono']);

export interface ScopedEntry extends RawChainEntry {
  scope: string; // path prefix the middleware applies to
  /** a route-style registration (`app.all('/admin/*', fn)`): the scope is a path pattern, not a prefix */
  pattern?: boolean;
  skips?: ((path: string, method: string) => boolean) | null;
}

/** Where a router was walked from: the path it is mounted under and what runs before it there. */
export interface MountContext {
  prefix: string;
  inherited: ScopedEntry[];
  mounts: Loc[];
  mountKnown: boolean;
  loaders: ParamLoader[];
}

/** What a whole walk saw, for the language server's focused walk of the next edit (connectStyleFocus.ts). */
export interface ConnectStyleMemory {
  routers: Map<string, RouterObject>;
  contexts: Map<string, MountContext[]>;
  raws: RawRoute[];
}

/** the contexts of the walk under way, when it is remembered */
let recording: Map<string, MountContext[]> | undefined;

export function connectStyleRoutes(ev: Evaluator, remember?: (memory: ConnectStyleMemory) => void): RawRoute[] {
  collectRouterOps(ev);
  const contexts = remember ? new Map<string, MountContext[]>() : undefined;
  recording = contexts;
  try {
    const routes = walkRoots(ev);
    if (remember) remember({ routers: new Map(ev.routers), contexts: contexts!, raws: routes });
    return routes;
  } finally {
    recording = undefined;
  }
}

function walkRoots(ev: Evaluator): RawRoute[] {
  const routes: RawRoute[] = [];
  // asked once, and only when there is a plugin-style function (it reads every file)
  let fastify: boolean | undefined;
  const routers = [...ev.routers.values()].filter((r) => !r.aliasOf && (CONNECT_STYLE.has(r.framework) || (r.plugin && r.framework === 'plugin' && !(fastify ??= fastifyWorkspace(ev) || hapiWorkspace(ev) || elysiaWorkspace(ev)))));
  // count mounts first so that unmounted routers become roots
  const subApps = new Set<string>();
  for (const r of routers) for (const op of r.ops) {
    if (op.method !== 'use' && op.method !== 'route') continue;
    for (const a of mountedArgs(ev, op)) {
      const viaMount = koaMount(ev, a.av)?.sub;
      const sub = viaMount ?? routerOf(ev, a.av);
      if (sub && sub.id !== r.id) sub.mountedBy++;
      if (viaMount && viaMount.id !== r.id) subApps.add(viaMount.id);
    }
  }
  // a Koa app mounted with koa-mount serves under its mount path only
  // (`this.get('/:id', ...)` in a class extending a router that the app instantiates, `new SchemaRouter(schema)`, registers on
  // each instance, under a prefix it computes: not at the root)
  const instantiated = new Set([...ev.routers.values()].flatMap((r) => (r.madeBy && !r.madeBy.self ? [r.madeBy.cls] : [])));
  // (an Express-style app mounted in another, `app.use('/api/incidents', incidentsApp)`, serves under its mount path only)
  const roots = routers.filter((r) => ((r.kind === 'app' && !subApps.has(r.id) && !(EXPRESS_API.has(r.framework) && r.mountedBy > 0)) || r.mountedBy === 0) && !(r.madeBy?.self && instantiated.has(r.madeBy.cls)));
  for (const root of roots) {
    traverse(ev, root, root.framework === 'hono' ? edgeFunctionPrefix(root.file) : '', [], [], routes, new Set(), root.kind === 'app' || root.mountedBy > 0);
  }
  return routes;
}

type Op = RouterObject['ops'][number];
/** (`at`: the path this one is mounted under, read off the same element as it: `app.use(c.path, c.router)`) */
type Mounted = ReturnType<typeof flattenArgs>[number] & { at?: string };
const mountedMemo = new WeakMap<Op, Mounted[]>();
/**
 * What a `use()` or `route()` registration hands over after its path: middleware and routers. Asked
 * twice per registration (counting mounts, then walking), and evaluated once.
 */
function mountedArgs(ev: Evaluator, op: Op): Mounted[] {
  let flat: Mounted[] | undefined = mountedMemo.get(op);
  if (!flat) flat = elementMounts(ev, op);
  if (!flat) {
    const start = op.method === 'route' || pathIn(ev, op.file, op.args[0]) !== null ? 1 : 0;
    // a parameter bound to routers (`controllers.forEach((c) => app.use('/api', c.router))`): each of them
    flat = flattenArgs(ev, op.file, op.args.slice(start)).flatMap((a) => {
      const p = paramPath(op.file, a.ref);
      const routers = p && (a.av.t === 'param' || a.av.t === 'unknown') ? boundRouters(ev, p) : [];
      return routers.length ? routers.map((av) => ({ ...a, av })) : [a];
    });
    mountedMemo.set(op, flat);
  }
  return flat;
}

/**
 * `controllers.forEach((c) => app.use(c.path, c.router))`: the path and the router are read off the same
 * element, so each element mounts its own router under its own path (a class field `path = '/posts'`).
 * Null when the path is not a property of a bound parameter.
 */
function elementMounts(ev: Evaluator, op: Op): Mounted[] | undefined {
  const first = op.args[0];
  if (op.method !== 'use' && op.method !== 'route') return undefined;
  // (`app.use(c.path, c.router)`, `app.use(`/api${c.path}`, c.router)`, `app.use('/api' + c.path, c.router)`)
  const parts = first?.k === 'member' ? [first] : first?.k === 'concat' ? first.parts : null;
  if (!parts || parts.length > 8) return undefined;
  const partParams = parts.map((x) => (x.k === 'member' ? paramPath(op.file, x) : null));
  const p0 = partParams.find((x) => x && x.path.length);
  if (!p0) return undefined;
  const base = { ...p0, path: p0.path.slice(0, -1) };
  const ofElement = (p: ReturnType<typeof paramPath>): p is NonNullable<ReturnType<typeof paramPath>> =>
    !!p && p.fn === base.fn && p.index === base.index && base.path.every((x, i) => p.path[i] === x) && p.path.length > base.path.length;
  const rest = op.args.slice(1);
  const out: Mounted[] = [];
  for (const el of boundValues(ev, base)) {
    let at = '';
    for (let i = 0; i < parts.length && at !== null; i++) {
      const pp = partParams[i];
      const v = ofElement(pp) ? along(ev, el, pp.path.slice(base.path.length))[0] : ev.eval(op.file, parts[i]);
      at = v?.t === 'lit' && (typeof v.value === 'string' || typeof v.value === 'number') ? at + String(v.value) : (null as unknown as string);
    }
    if (at === null || !/^[/*]/.test(at)) continue;
    for (const ref of rest) {
      const p = paramPath(op.file, ref);
      const avs = ofElement(p) ? along(ev, el, p.path.slice(base.path.length)).map((av) => ({ av, text: refText(ref), ref })) : flattenArgs(ev, op.file, [ref]);
      for (const a of avs) out.push({ ...a, at });
    }
  }
  return out.length ? out : undefined;
}

/** `c.router` where `c` is a parameter: the parameter and the properties read off it. */
function paramPath(file: string, ref: ValueRef): Extract<import('../model/values').AV, { t: 'param' }> | null {
  const { base: v, props } = memberParts(ref, 4);
  return v.k === 'param' ? { t: 'param', file, fn: v.fn, index: v.index, path: [...v.path, ...props] } : null;
}

/** An unmounted plugin-style function is a Fastify plugin when the workspace uses Fastify. */
export function fastifyWorkspace(ev: Evaluator): boolean {
  for (const r of ev.routers.values()) if (r.framework === 'fastify') return true;
  for (const f of ev.files.values()) if (f.packageDeps?.includes('fastify')) return true;
  return false;
}

function frameworkOf(r: RouterObject): RawRoute['framework'] {
  return r.framework === 'koa' || r.framework === 'hono' || EXPRESS_API.has(r.framework) ? (r.framework as RawRoute['framework']) : 'express';
}

/**
 * Walks one router's registrations in order and returns the middleware it registered for its whole
 * path space (its `use()` entries and hand-on patterns, scopes absolute): in Express and Hono those
 * also run for what the parent registers after mounting it (see `leaksToParent`).
 */
export function traverse(ev: Evaluator, router: RouterObject, prefix: string, inherited: ScopedEntry[], mounts: Loc[], out: RawRoute[], stack: Set<string>, mountKnown: boolean, inheritedLoaders: ParamLoader[] = []): ScopedEntry[] {
  if (stack.has(router.id) || stack.size > 12) return [];
  stack.add(router.id);
  if (recording) {
    const seen = recording.get(router.id);
    const context = { prefix, inherited, mounts, mountKnown, loaders: inheritedLoaders };
    if (seen) seen.push(context);
    else recording.set(router.id, [context]);
  }
  const base = joinPath(prefix, router.prefix ?? '');
  const chain: ScopedEntry[] = [...inherited];
  const loaders = paramLoadersOf(ev, router);
  // @koa/router hands the param loaders a router has when it mounts another (`router.param('shipmentId', load);
  // router.use('/:shipmentId/documents', documents.routes())`) to the mounted router: they run for its routes too
  const loadersSoFar: ParamLoader[] = [...inheritedLoaders];
  // routes emitted from here on are this router's (and its mounted routers'): error handlers registered later catch theirs
  const firstRoute = out.length;
  /** mounts `sub`; `after` receives the middleware that runs for what this router registers next */
  const mount = (sub: RouterObject, scope: string, pending: ScopedEntry[], opLoc: Loc, after: ScopedEntry[]) => {
    const handed = router.framework === 'koa' && sub.framework === 'koa' ? [...loadersSoFar] : [];
    const leaked = traverse(ev, sub, scope, relevantUnder(scope, chain, pending), [...mounts, opLoc], out, stack, mountKnown, handed);
    if (leaksToParent(router, sub)) after.push(...leaked);
  };
  for (const op of router.ops) {
    if (op.method === 'param') loadersSoFar.push(...loaders.filter((l) => l.registeredAt.file === op.file && l.registeredAt.line === op.pos.line && l.registeredAt.column === op.pos.column));
    // (mounted or registered only outside production: not part of what is deployed; still counted as a mount, so the
    // router it mounts is no root of its own)
    if (op.devOnly) continue;
    const opLoc: Loc = { file: op.file, ...op.pos };
    const here = joinPath(base, op.prefix ?? '');
    if (op.method === 'use') {
      const first = op.args[0];
      const p = pathIn(ev, op.file, first);
      // `app.use(['/api/projects', '/api/invoices'], requireAuth)`: the middleware runs under each path listed
      const listed = router.framework !== 'hono' && first?.k === 'array' ? first.items.map(pathOf).filter((x): x is string => x !== null && /^[/*(]/.test(x)) : [];
      const scopes = (listed.length > 1 && listed[0] === p ? listed : [p ?? '']).map((x) => joinPath(here, x));
      const pending: ScopedEntry[] = [];
      const args = mountedArgs(ev, op);
      const perArg = args.some((a) => a.at !== undefined);
      for (const scope0 of perArg ? [''] : scopes) for (const a of args) {
        const scope = a.at !== undefined ? joinPath(here, a.at) : scope0;
        const mounted = koaMount(ev, a.av);
        if (mounted && mounted.sub.id !== router.id) {
          mount(mounted.sub, joinPath(scope, mounted.path), pending, opLoc, []);
          continue;
        }
        const sub = routerOf(ev, a.av);
        // Hono: `app.use('/api/*', ...)` is a pattern; a sub-app is only mounted through route()
        if (sub && sub.id !== router.id) mount(sub, router.framework === 'hono' ? here : scope, pending, opLoc, pending);
        else {
          // `app.use(mount('/oidc', provider))` of an app we cannot read (a library's Koa app): it runs under its mount path only
          const mp = koaMountPath(a.av);
          // a tRPC adapter mounted here serves its procedures behind what runs before it (transport, dropped when
          // linking; the model builder gives the procedures this chain)
          if (isTrpcAdapter(a.av)) {
            const all = [...chain, ...pending];
            out.push({
              framework: frameworkOf(router), method: 'ALL', path: scope, loc: opLoc, handler: a.av, handlerText: a.text, handlerFile: op.file,
              chain: all.filter((e) => runsFor(ev, e, scope, 'POST')).map(bare), mounts, mountKnown, style: 'express',
              transport: { base: scope.replace(/\/\*$/, ''), entries: all.map((e) => ({ entry: bare(e), scope: e.scope, pattern: e.pattern, skips: e.skips })) },
            });
          }
          pending.push({ av: a.av, text: a.text, registeredAt: opLoc, scope: mp ? joinPath(scope, mp) : scope, file: op.file, skips: unlessPredicate(ev, op.file, a.ref, a.av) });
          if (isErrorHandler(ev, a.av)) catchErrorsOf(out.slice(firstRoute).filter((r) => pathCovers(scope, r.path)), { av: a.av, text: a.text, registeredAt: opLoc, file: op.file });
        }
      }
      chain.push(...pending);
      continue;
    }
    if (op.method === 'route') {
      // Hono: app.route('/users', usersApp)
      const path = pathIn(ev, op.file, op.args[0]) ?? '';
      for (const a of mountedArgs(ev, op)) {
        const sub = routerOf(ev, a.av);
        if (sub && sub.id !== router.id) mount(sub, joinPath(here, a.at ?? path), [], opLoc, chain);
      }
      continue;
    }
    const found = routeOf(ev, router, op);
    if (!found) continue;
    // `router.get(['/a', '/b'], handler)`: one registration, a route per path
    for (const route of pathVariants(found, op.args[0])) {
      const full = joinPath(here, withoutParamPatterns(route.path ?? '/'));
      const flat = [...(route.pre ? flattenArgs(ev, route.pre.file, route.pre.refs) : []), ...flattenArgs(ev, op.file, route.handlers)];
      if (!flat.length) continue;
      const handler = flat[flat.length - 1];
      if (handsOn(ev, handler.av, route.methods, full)) {
        // `app.all('/admin/*', requireAdmin)`, `router.all('*', authenticate)`: middleware for the
        // routes registered after it whose path the pattern matches (Express, @koa/router, Hono)
        const methods = new Set(route.methods);
        const skips = methods.has('ALL') ? null : (_p: string, m: string) => !methods.has(m);
        for (const a of flat) chain.push({ av: a.av, text: a.text, registeredAt: opLoc, scope: full, pattern: true, file: op.file, skips });
        continue;
      }
      const routeLevel: RawChainEntry[] = flat.slice(0, -1).map((a) => ({ av: a.av, text: a.text, registeredAt: opLoc, file: op.file }));
      if (route.requestSchema) routeLevel.push({ av: { t: 'unknown', text: 'request schema' }, text: 'route request schema', registeredAt: opLoc, file: op.file, roles: ['validation'], why: 'OpenAPI route request schema' });
      const paramLoaders = [...loadersFor(loaders, route.path ?? ''), ...loadersFor(inheritedLoaders, full)];
      for (const method of route.methods) {
        const applicable = chain.filter((e) => runsFor(ev, e, full, method));
        out.push({
          framework: frameworkOf(router), method, path: full, loc: op.entryAt ?? opLoc, handler: handler.av, handlerText: handler.text, handlerFile: op.file,
          chain: [...applicable.map(bare), ...routeLevel], mounts, mountKnown, style: 'express',
          ...(paramLoaders.length ? { paramLoaders } : {}),
        });
      }
    }
  }
  // Hono: `app.onError(handler)` catches what any route of the app throws, wherever it is registered
  for (const op of router.ops) {
    if (op.method !== 'onError' || router.framework !== 'hono' || !op.args[0]) continue;
    catchErrorsOf(out.slice(firstRoute), { av: ev.eval(op.file, op.args[0]), text: refText(op.args[0]), registeredAt: { file: op.file, ...op.pos }, file: op.file });
  }
  stack.delete(router.id);
  return chain.slice(inherited.length);
}

/** Does a middleware registered before a route run for it? */
function runsFor(ev: Evaluator, e: ScopedEntry, full: string, method: string): boolean {
  return (e.pattern ? patternMatches(e.scope, full) : pathCovers(e.scope, full)) && !(e.skips && e.skips(full, method)) && !bypasses(ev, e.av, full) && !methodBypassed(ev, e.av, method);
}

/**
 * The middleware in front of a tRPC adapter that runs for one procedure: the procedure's URL is the adapter's
 * mount path and its dotted path (`/trpc/auth.register`); queries are GETs, mutations POSTs.
 */
export function procedureChain(ev: Evaluator, transport: NonNullable<RawRoute['transport']>, procedurePath: string, method: string): RawChainEntry[] {
  const url = joinPath(transport.base, procedurePath);
  const verb = method === 'QUERY' ? 'GET' : 'POST';
  return transport.entries.filter((x) => runsFor(ev, { ...x.entry, scope: x.scope, pattern: x.pattern, skips: x.skips }, url, verb)).map((x) => x.entry);
}

/** tRPC's server adapters used as middleware: `createExpressMiddleware({ router })`, Hono's `trpcServer({ router })`, Koa's `createKoaMiddleware` */
export function isTrpcAdapter(av: import('../model/values').AV): boolean {
  if (av.t !== 'extcall') return false;
  return (/^@trpc\/server\/adapters\//.test(av.module) && /Middleware$/.test(av.path[av.path.length - 1] ?? '')) || /^@hono\/trpc-server$|^trpc-koa-adapter$/.test(av.module);
}

/**
 * Does middleware a mounted router registered with `use()` run for the routes its parent registers
 * after the mount? Express: a request under the mount path that no route of the sub-router ends falls
 * through its middleware and back to the parent (`guard.use(requireAuth); app.use('/api', guard);
 * app.use('/api', api)` protects api). Hono: `app.route('/api', sub)` copies sub's middleware into
 * the parent in order. Not @koa/router, whose router middleware runs only when one of its own routes
 * matches, and not koa-mount sub-apps (left as they were).
 */
function leaksToParent(parent: RouterObject, sub: RouterObject): boolean {
  return (EXPRESS_API.has(parent.framework) && EXPRESS_API.has(sub.framework)) || (parent.framework === 'hono' && sub.framework === 'hono');
}

/** Express error middleware: `(err, req, res, next)`, four parameters, an error first. */
function isErrorHandler(ev: Evaluator, av: import('../model/values').AV): boolean {
  if (av.t !== 'fn') return false;
  const params = ev.summary(av.file, av.id)?.params ?? [];
  return params.length === 4 && /^_?(?:err|error|e|ex|exc|exception)$/i.test(params[0]);
}

function catchErrorsOf(routes: RawRoute[], handler: RawChainEntry): void {
  for (const r of routes) (r.errorHandlers ??= []).push(handler);
}

/**
 * The router's `param(name, loader)` registrations. Express calls a loader `(req, res, next, value)`,
 * @koa/router `(value, ctx, next)`. They belong to the router they are registered on: Express does
 * not run them for routes of routers mounted inside it.
 */
function paramLoadersOf(ev: Evaluator, router: RouterObject): ParamLoader[] {
  const out: ParamLoader[] = [];
  for (const op of router.ops) {
    if (op.method !== 'param' || op.args[0]?.k !== 'lit' || typeof op.args[0].value !== 'string' || !op.args[1]) continue;
    const av = ev.eval(op.file, op.args[1]);
    if (av.t !== 'fn' && av.t !== 'wrapped') continue;
    out.push({ av, text: refText(op.args[1]), param: op.args[0].value, valueIndex: router.framework === 'koa' ? 0 : 3, registeredAt: { file: op.file, ...op.pos } });
  }
  return out;
}

/** The loaders whose parameter the route path (as registered on the router) declares: `/:invoiceId/lines`. */
function loadersFor(loaders: ParamLoader[], localPath: string): ParamLoader[] {
  if (!loaders.length) return loaders;
  const names = new Set([...localPath.matchAll(/:([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  return loaders.filter((l) => names.has(l.param));
}

/** A chain entry without its scope, made once per entry (every route behind it shares it; it is only read). */
const bareEntries = new WeakMap<ScopedEntry, RawChainEntry>();
function bare(e: ScopedEntry): RawChainEntry {
  let b = bareEntries.get(e);
  if (!b) {
    const { scope: _s, skips: _k, pattern: _p, ...rest } = e;
    b = rest;
    bareEntries.set(e, b);
  }
  return b;
}

/**
 * A route registration that is middleware: its handler hands the request on with `next()` (not
 * `next(err)`), on every method or on a wildcard path. A handler for one method and one exact
 * path that also calls next() stays a route (it may fall through to another route only sometimes).
 */
function handsOn(ev: Evaluator, av: import('../model/values').AV, methods: string[], path: string): boolean {
  if (av.t !== 'fn' || !(methods.includes('ALL') || path.includes('*'))) return false;
  return !!ev.summary(av.file, av.id)?.passesOn;
}

/** Does a route path pattern (`/admin/*`, `/users/:id`) match a route's path? (path-to-regexp, simplified) */
function patternMatches(pattern: string, path: string): boolean {
  if (pattern === '/*' || pattern === '*' || pattern === '/(.*)') return true;
  // (a trailing `/*` also matches the path it hangs off: `router.all('*', requireLogin)` in a router mounted at
  // `/api/rooms` runs for `GET /api/rooms` too)
  const re = pattern
    .replace(/\/\*$/, '\u0000')
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:[A-Za-z_$][\w$]*/g, '[^/]+')
    .replace(/\*/g, '.*')
    .replace('\u0000', '(?:/.*)?');
  return new RegExp(`^${re}/?$`).test(path);
}

/**
 * `app.openapi(createRoute({ method: 'get', path: '/users/{id}', middleware: [auth] }), handler)`:
 * the route definition (often in its own file) says the method, the OpenAPI path and route middleware.
 */
function openApiRoute(ev: Evaluator, op: RouterObject['ops'][number]): { path: string; methods: string[]; handlers: ValueRef[]; pre?: { file: string; refs: ValueRef[] }; requestSchema?: boolean } | null {
  const def = op.args[0] ? ev.eval(op.file, op.args[0]) : null;
  if (!def || def.t !== 'extcall' || !/^@hono\/zod-openapi$/.test(def.module) || def.path.filter((x) => x !== '()').join('.') !== 'createRoute') return null;
  const spec = def.args[0];
  if (spec?.k !== 'object') return null;
  const m = spec.props.method;
  const p = pathOf(spec.props.path);
  if (m?.k !== 'lit' || typeof m.value !== 'string' || p === null) return null;
  const mw = spec.props.middleware;
  // `request: { body: ..., query: z.object(...) }`: the library validates those parts before the handler runs
  const req = spec.props.request;
  const requestSchema = req?.k === 'object' && Object.keys(req.props).some((k) => /^(?:body|query|params|headers|cookies)$/.test(k));
  return {
    path: p.replace(/\{([A-Za-z_$][\w$]*)\}/g, ':$1'),
    methods: [m.value.toUpperCase()],
    handlers: op.args.slice(1),
    ...(mw ? { pre: { file: def.file, refs: [mw] } } : {}),
    ...(requestSchema ? { requestSchema } : {}),
  };
}

/** koa-mount: `app.use(mount('/api', apiApp))` / `mount(apiApp)` runs a sub-app under a prefix. */
function koaMount(ev: Evaluator, av: import('../model/values').AV): { sub: RouterObject; path: string } | null {
  if (av.t !== 'extcall' || av.module !== 'koa-mount' || av.path.filter((x) => x !== '()' && x !== 'default').length) return null;
  const [first, second] = av.args;
  const p = pathOf(first);
  const target = p !== null ? second : first;
  const sub = target ? routerOf(ev, ev.eval(av.file, target)) : undefined;
  return sub ? { sub, path: p ?? '' } : null;
}

/** The literal path of a koa-mount call (`mount('/oidc', provider)`), whatever it mounts. */
function koaMountPath(av: import('../model/values').AV): string | null {
  if (av.t !== 'extcall' || av.module !== 'koa-mount' || av.path.filter((x) => x !== '()' && x !== 'default').length || av.args.length < 2) return null;
  const p = pathOf(av.args[0]);
  return p !== null && p.startsWith('/') && p !== '/' ? p : null;
}

/** A registration whose path argument is a list of literal paths stands for one route per path. */
function pathVariants<R extends { path: string | null }>(route: R, first: ValueRef | undefined): R[] {
  if (first?.k !== 'array' || route.path === null) return [route];
  const paths = first.items.map(pathOf).filter((x): x is string => x !== null && /^[/*(]/.test(x));
  return paths.length > 1 && paths[0] === route.path ? paths.map((path) => ({ ...route, path })) : [route];
}

/** The path, methods and handler arguments of one route registration, per framework. */
function routeOf(ev: Evaluator, router: RouterObject, op: RouterObject['ops'][number]): { path: string | null; methods: string[]; handlers: ValueRef[]; pre?: { file: string; refs: ValueRef[] }; requestSchema?: boolean } | null {
  if (router.framework === 'hono' && op.method === 'openapi') return openApiRoute(ev, op);
  if (op.routePath) return VERBS[op.method] ? { path: pathOf(op.routePath), methods: [VERBS[op.method]], handlers: op.args } : null;
  if (router.framework === 'hono' && op.method === 'on') {
    // app.on('POST', '/x', h) / app.on(['GET', 'POST'], '/x', h)
    const m = op.args[0];
    const methods = (m?.k === 'array' ? m.items : m ? [m] : []).flatMap((x) => (x.k === 'lit' && typeof x.value === 'string' ? [x.value.toUpperCase()] : []));
    const path = pathOf(op.args[1]);
    return methods.length && path !== null ? { path, methods, handlers: op.args.slice(2) } : null;
  }
  const method = VERBS[op.method];
  if (!method) return null;
  let args = op.args;
  // @koa/router named routes: router.get('user', '/users/:id', handler)
  if (router.framework === 'koa' && pathOf(args[0]) !== null && pathOf(args[1]) !== null && args.length >= 3) args = args.slice(1);
  // restify: `server.get({ path: '/users/:id', version: '1.0.0' }, handler)`
  if (router.framework === 'restify' && args[0]?.k === 'object' && args[0].props.path) args = [args[0].props.path, ...args.slice(1)];
  let path = pathIn(ev, op.file, args[0]);
  // `router.put(experienceRoutes.prefix, ...)`: a path kept in a constant object elsewhere
  if (path === null && (args[0]?.k === 'member' || args[0]?.k === 'ref' || args[0]?.k === 'import')) {
    const v = ev.eval(op.file, args[0]);
    if (v.t === 'lit' && typeof v.value === 'string' && v.value.startsWith('/')) path = v.value;
  }
  if (path === null && args[0]?.k !== 'lit') {
    // Hono / Koa allow a handler without a path on a sub-app: app.get(handler) is rare; skip unknown paths
    return null;
  }
  // `config.get('app.headerLanguage', { infer: true })` on a receiver we could not resolve is not a
  // route: every router's paths start with "/" (or are "*", a regex, an array), except that a
  // koa-router created as such joins a relative path to its mount prefix (`router.post('documents.list')`)
  if (path !== null && !/^[/*(]/.test(path)) {
    if (router.framework !== 'koa' || router.plugin || !/^[\w.:-]+(?:\/[\w.:-]*)*$/.test(path)) return null;
    return { path: '/' + path, methods: [method], handlers: args.slice(1) };
  }
  return { path, methods: [method], handlers: args.slice(1) };
}
