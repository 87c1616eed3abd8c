/**
 * Cross-file evaluation of ValueRefs into abstract values: which function a
 * middleware name denotes, which router an import is, what a factory returns.
 */
import type { FileFacts, ValueRef, FunctionSummary, Loc, Pos } from '../types';
import type { ModuleResolver } from './resolve';
import { nodeSpecifier } from './resolve';
import { lookupTable } from '../lookupTable';
import { inertExportAbsent } from '../facts/inert';

export type AV =
  | { t: 'fn'; file: string; id: number; boundArgs?: AV[]; factory?: { file: string; id: number } }
  | { t: 'module'; file: string }
  /** `from`: the library call a member was read off (`NextAuth({...}).handlers.POST`), when it was one */
  | { t: 'ext'; module: string; path: string[]; from?: { args: ValueRef[]; file: string } }
  | { t: 'extcall'; module: string; path: string[]; args: ValueRef[]; file: string; pos: Pos; text: string }
  | { t: 'router'; id: string }
  | { t: 'routebuilder'; router: string; path: ValueRef; file: string }
  /** `made`: what a workspace factory returns when it is an object of functions (`{ loader, action }`), each wrapping `inner` */
  | { t: 'wrapped'; wrapper: AV; inner: AV; text: string; made?: AV }
  /** (`written`: the items as written, when the list has no spreads: names for chain entries read from another module's list) */
  | { t: 'array'; items: AV[]; written?: ValueRef[] }
  | { t: 'object'; file: string; props: Record<string, ValueRef>; pos?: Pos }
  /** (`made`: an instance constructed with these arguments, `new BaseRepository(prisma.invoice)`: a generic repository's model) */
  | { t: 'class'; file: string; methods: Record<string, number>; name: string; extends?: ValueRef; fields?: Record<string, ValueRef>; superArgs?: ValueRef[]; made?: { args: ValueRef[]; file: string } }
  /** (`instanceOf`: read as a member of an instance of this class, `this.router` in its methods: bound where that class is constructed) */
  | { t: 'param'; file: string; fn: number; index: number; path: string[]; instanceOf?: { file: string; name: string } }
  | { t: 'lit'; value: string | number | boolean | null; regex?: string }
  | { t: 'unknown'; text: string };


/** Validation libraries whose chained builders take callbacks (`.custom(fn)`, `.refine(fn)`, `.when(...)`) */
const SCHEMA_BUILDER_MODULE = /^(?:express-validator|joi|@hapi\/joi|zod|yup|valibot|superstruct|celebrate)$/;
export interface RouterObject {
  id: string;
  kind: 'app' | 'router';
  framework: string;
  file: string;
  pos: Pos;
  ops: RouterOp[];
  mountedBy: number;
  /** Koa `new Router({ prefix })` / `router.prefix()`, Hono `basePath()` */
  prefix?: string;
  /** Hono `app.basePath('/api')` returns a view of `app`: its ops belong to `aliasOf` under `prefix` */
  aliasOf?: string;
  /** a function `(fastify, opts) => {...}` whose first parameter we treat as a router (Fastify plugin) */
  plugin?: { file: string; fn: number };
  /** the creation call's arguments (hapi `Hapi.server({ routes: { cors } })`: server-wide route defaults) */
  createdWith?: ValueRef[];
  /** a subclass's own copy of the router its base class's field makes: what the base class registers on it runs first */
  inheritsFrom?: string;
  /** where the base constructor hands over to the subclass (`this.initializeRoutes()`) */
  inheritCut?: { file: string; pos: Pos };
  /**
   * made by `new` of a class that extends a library router (`class SchemaRouter extends Router`): the class, and `self`
   * for the router `this` stands for in the class's own methods (what they register is each instance's, with a prefix
   * the constructor computes: not a router served on its own when the class is instantiated)
   */
  madeBy?: { cls: string; self?: true };
}

export interface RouterOp {
  method: string;
  args: ValueRef[];
  file: string;
  pos: Pos;
  order: number;
  /** for `.route(p).get(h)`: the path given to route() */
  routePath?: ValueRef;
  /** registered only outside production: a mount made there serves nothing deployed */
  devOnly?: true;
  /** a route registered in a loop over another module's route table: the table's entry for it (where the route is shown) */
  entryAt?: Loc;
  /** path prefix of the receiver view (Hono basePath) */
  prefix?: string;
  /** made by a helper the router was passed to: the call of that helper (where the op runs) */
  site?: { file: string; pos: Pos };
  /**
   * the calls that handed the router down, outermost first (`sites[0]` is `site`): a helper that
   * passes the router on to another (`module.exports = (app) => { app.use(...); require('./x')(app) }`)
   */
  sites?: { file: string; pos: Pos }[];
}

const ROUTER_FACTORIES: Record<string, { kind: 'app' | 'router'; framework: string }[]> = lookupTable({
  express: [{ kind: 'app', framework: 'express' }],
  'express.Router': [{ kind: 'router', framework: 'express' }],
  'express-promise-router': [{ kind: 'router', framework: 'express' }],
  'router': [{ kind: 'router', framework: 'express' }],
  // servers with Express's registration API (`server.get(path, ...handlers)`, `use(mw)`, `use('/x', sub)`)
  'ultimate-express': [{ kind: 'app', framework: 'express' }],
  'ultimate-express.Router': [{ kind: 'router', framework: 'express' }],
  polka: [{ kind: 'app', framework: 'polka' }],
  '@tinyhttp/app.App': [{ kind: 'app', framework: 'tinyhttp' }],
  'hyper-express.Server': [{ kind: 'app', framework: 'hyper-express' }],
  'hyper-express.Router': [{ kind: 'router', framework: 'hyper-express' }],
  'hyper-express.default.Server': [{ kind: 'app', framework: 'hyper-express' }],
  'hyper-express.default.Router': [{ kind: 'router', framework: 'hyper-express' }],
  // restify: `restify.createServer()`; `server.get({ path, version }, ...handlers)`, `server.pre(mw)` / `use(mw)`
  'restify.createServer': [{ kind: 'app', framework: 'restify' }],
  'restify.default.createServer': [{ kind: 'app', framework: 'restify' }],
  // restify-router: `const router = new Router(); router.get(...); router.applyRoutes(server, '/api')`
  'restify-router.Router': [{ kind: 'router', framework: 'restify' }],
  koa: [{ kind: 'app', framework: 'koa' }],
  '@koa/router': [{ kind: 'router', framework: 'koa' }],
  'koa-router': [{ kind: 'router', framework: 'koa' }],
  'hono.Hono': [{ kind: 'router', framework: 'hono' }],
  'hono/tiny.Hono': [{ kind: 'router', framework: 'hono' }],
  'hono/quick.Hono': [{ kind: 'router', framework: 'hono' }],
  '@hono/zod-openapi.OpenAPIHono': [{ kind: 'router', framework: 'hono' }],
  // `const factory = createFactory<Env>(); const app = factory.createApp()`
  'hono/factory.createFactory.().createApp': [{ kind: 'router', framework: 'hono' }],
  // Elysia (Bun): `new Elysia()`, `new Elysia({ prefix: '/users' })`
  'elysia.Elysia': [{ kind: 'router', framework: 'elysia' }],
  fastify: [{ kind: 'app', framework: 'fastify' }],
  'fastify.fastify': [{ kind: 'app', framework: 'fastify' }],
  'fastify.default': [{ kind: 'app', framework: 'fastify' }],
  // hapi: `Hapi.server({...})`, `new Hapi.Server({...})`, `import { server } from '@hapi/hapi'`
  '@hapi/hapi.server': [{ kind: 'app', framework: 'hapi' }],
  '@hapi/hapi.Server': [{ kind: 'app', framework: 'hapi' }],
  '@hapi/hapi.default.server': [{ kind: 'app', framework: 'hapi' }],
  'hapi.server': [{ kind: 'app', framework: 'hapi' }],
  'hapi.Server': [{ kind: 'app', framework: 'hapi' }],
  // `const server = await Glue.compose(manifest, options)`
  'glue.compose': [{ kind: 'app', framework: 'hapi' }],
  '@hapi/glue.compose': [{ kind: 'app', framework: 'hapi' }],
});

/** Elysia instance methods that return the instance (`new Elysia().use(a).group(...).listen(3000)`) */
const ELYSIA_CHAINING = new Set(['group', 'guard', 'derive', 'resolve', 'onBeforeHandle', 'onRequest', 'onTransform', 'onAfterHandle', 'onAfterResponse', 'onParse', 'macro', 'state', 'model', 'onError', 'listen', 'mount', 'route', 'ws', 'onStart', 'onStop', 'trace', 'mapResponse', 'as', 'compile', 'headers', 'error', 'wrap']);

/** The literal string of an option: `new Router({ prefix: '/api' })` */
function literalOption(v: ValueRef | undefined, key: string): string | undefined {
  if (!v || v.k !== 'object') return undefined;
  const p = v.props[key];
  return p && p.k === 'lit' && typeof p.value === 'string' ? p.value : undefined;
}

export class Evaluator {
  readonly routers = new Map<string, RouterObject>();
  /** called with each router made from here on (the language server's focused relink gives it what the last link knew) */
  routerSeed?: (r: RouterObject) => void;
  private readonly exportMemo = new Map<string, AV>();
  private readonly refMemo = new Map<string, AV>();
  /**
   * The files each memoised evaluation read (language server only, where the files map records reads per route):
   * a route that takes a memoised value depends on those files as much as the route that computed it did.
   */
  private readonly memoReads = new Map<string, Set<string>>();
  private readonly active = new Set<string>();
  /** call sites kept across links (model/callSites.ts), when the caller keeps a memo */
  callSiteCache?: import('./callSites').CallSiteCache;
  /**
   * Names a framework makes available without an import statement (Nuxt / Nitro auto-import the exports of
   * `server/utils/**`): the file and export a free name in `file` stands for, or null.
   */
  autoImport?: (file: string, name: string) => { file: string; name: string } | null;

  constructor(readonly files: Map<string, FileFacts>, readonly resolver: ModuleResolver) {}

  summary(file: string, id: number): FunctionSummary | undefined {
    return this.files.get(file)?.functions[id];
  }

  loc(file: string, pos: Pos): Loc {
    return { file, ...pos };
  }

  /** Evaluate a value written in `file`. */
  eval(file: string, v: ValueRef, depth = 0): AV {
    if (depth > 25) return { t: 'unknown', text: 'too deep' };
    switch (v.k) {
      case 'ref':
        return this.evalRef(file, v.name, depth);
      case 'import':
        return this.evalImport(file, v.source, v.name, depth);
      case 'global': {
        const target = this.autoImport?.(file, v.name);
        return target ? this.evalExport(target.file, target.name, depth + 1) : { t: 'unknown', text: v.name };
      }
      case 'fn':
        return { t: 'fn', file, id: v.id };
      case 'param':
        return { t: 'param', file, fn: v.fn, index: v.index, path: v.path };
      case 'lit':
        return { t: 'lit', value: v.value, regex: v.regex };
      case 'array': {
        const items = v.items.flatMap((i) => this.flattenSpread(file, i, depth));
        // (the written items are kept by reference, named only when a chain entry needs it: arrays are evaluated often)
        return v.items.every((i) => i.k !== 'spread') ? { t: 'array', items, written: v.items } : { t: 'array', items };
      }
      case 'spread':
        return this.eval(file, v.arg, depth + 1);
      case 'object':
        return { t: 'object', file, props: v.props, pos: v.pos };
      case 'class':
        return { t: 'class', file, methods: v.methods, name: v.name, ...(v.extends ? { extends: v.extends } : {}), ...(v.fields ? { fields: v.fields } : {}), ...(v.superArgs ? { superArgs: v.superArgs } : {}) };
      case 'member': {
        // (`module.exports = router; module.exports.sponsors = sponsors`: `require('./hooks').sponsors` is that named export,
        // not a member of the router)
        const named = this.cjsNamedExport(file, v.object, v.prop, depth);
        if (named) return named;
        return this.member(this.eval(file, v.object, depth + 1), v.prop, depth);
      }
      case 'new': {
        const c = this.eval(file, v.callee, depth + 1);
        if (c.t === 'class') {
          // a subclass of a library router (koa-router, Hono...) makes a router like its base
          const base = c.extends ? this.eval(c.file, c.extends, depth + 1) : undefined;
          const made = base?.t === 'ext' ? this.makeRouter(base, file, v.pos, v.args) : undefined;
          // (which class made it, and whether it is the class's own `this`: see RouterObject.madeBy)
          if (made?.t === 'router') this.routers.get(made.id)!.madeBy ??= { cls: `${c.file}#${c.name}`, ...(v.self ? { self: true as const } : {}) };
          return made ?? (v.self ? c : { ...c, made: { args: v.args, file } });
        }
        // `new AllocationsDAO(db)`: an object with the members the constructor function gives it
        if (c.t === 'fn') {
          const props = this.summary(c.file, c.id)?.instanceProps;
          return props ? { t: 'object', file: c.file, props } : { t: 'unknown', text: 'new' };
        }
        if (c.t === 'ext') {
          const made = this.makeRouter(c, file, v.pos, v.args);
          if (made) return made;
          return { t: 'extcall', module: c.module, path: c.path, args: v.args, file, pos: v.pos, text: 'new' };
        }
        return { t: 'unknown', text: 'new' };
      }
      case 'call':
        return this.evalCall(file, v, depth);
      case 'concat': {
        // `${API_PREFIX}/users` with the prefix exported by another file: folded when every part is
        let out = '';
        for (const p of v.parts) {
          const pv = this.eval(file, p, depth + 1);
          if (pv.t !== 'lit' || (typeof pv.value !== 'string' && typeof pv.value !== 'number')) return { t: 'unknown', text: v.text };
          out += String(pv.value);
        }
        return { t: 'lit', value: out };
      }
      default:
        return { t: 'unknown', text: (v as { text?: string }).text ?? '?' };
    }
  }

  private flattenSpread(file: string, v: ValueRef, depth: number): AV[] {
    if (v.k === 'spread') {
      const inner = this.eval(file, v.arg, depth + 1);
      return inner.t === 'array' ? inner.items : [inner];
    }
    return [this.eval(file, v, depth + 1)];
  }

  /** The files map, when it records the files each route's build reads (routeMemo.ts TrackedFiles). */
  private get trackedFiles(): { tracker?: Set<string> } | undefined {
    return (this.files as { tracking?: boolean }).tracking ? (this.files as { tracker?: Set<string> }) : undefined;
  }

  /** A memo hit: the reads of the evaluation that made it join the current route's reads. */
  private replayReads(key: string): void {
    const t = this.trackedFiles?.tracker;
    const reads = t ? this.memoReads.get(key) : undefined;
    if (t && reads) for (const r of reads) t.add(r);
  }

  /** Evaluate with the files read recorded under `key` (and added to the enclosing reads). */
  private withReads<T>(key: string, compute: () => T): T {
    const tf = this.trackedFiles;
    if (!tf) return compute();
    const outer = tf.tracker;
    const reads = new Set<string>();
    tf.tracker = reads;
    try {
      return compute();
    } finally {
      tf.tracker = outer;
      if (outer) for (const r of reads) outer.add(r);
      this.memoReads.set(key, reads);
    }
  }

  private evalRef(file: string, name: string, depth: number): AV {
    const key = `${file}\0${name}`;
    const hit = this.refMemo.get(key);
    if (hit) {
      this.replayReads('r' + key);
      return hit;
    }
    return this.withReads('r' + key, () => this.evalRefFresh(file, name, key, depth));
  }

  private evalRefFresh(file: string, name: string, key: string, depth: number): AV {
    if (this.active.has(key)) return { t: 'unknown', text: name };
    const facts = this.files.get(file);
    const b = facts?.bindings[name];
    if (!b) {
      const imp = facts?.imports[name];
      if (imp) return this.evalImport(file, imp.source, imp.name, depth);
      const target = this.autoImport?.(file, name);
      return target ? this.evalExport(target.file, target.name, depth + 1) : { t: 'unknown', text: name };
    }
    this.active.add(key);
    let out: AV;
    if (b.k === 'call') {
      // identity matters for routers: evaluate once per binding
      out = this.evalCall(file, b, depth + 1);
    } else out = this.eval(file, b, depth + 1);
    this.active.delete(key);
    this.refMemo.set(key, out);
    return out;
  }

  /** A module's whole export that is a value of its own (`module.exports = router`) with named exports set beside it. */
  private cjsNamedExport(file: string, obj: ValueRef, prop: string, depth: number): AV | undefined {
    let o: ValueRef | undefined = obj;
    if (o.k === 'ref') o = this.files.get(file)?.bindings[o.name];
    if (!o || o.k !== 'import' || (o.name !== '*' && o.name !== 'default')) return undefined;
    const r = this.resolver.resolve(file, o.source);
    if (r.kind !== 'file') return undefined;
    const exp = this.files.get(r.rel)?.exports;
    if (!exp || !exp['module.exports'] || !exp[prop] || exp['module.exports'].k === 'object') return undefined;
    return this.evalExport(r.rel, prop, depth + 1);
  }

  evalImport(file: string, source: string, name: string, depth: number): AV {
    const r = this.resolver.resolve(file, source);
    if (r.kind === 'package') return { t: 'ext', module: nodeSpecifier(source), path: name === 'default' || name === '*' ? [] : [name] };
    if (r.kind === 'unresolved') return { t: 'unknown', text: source };
    return this.evalExport(r.rel, name, depth + 1);
  }

  evalExport(file: string, name: string, depth: number, seen = new Set<string>()): AV {
    const key = `${file}\0${name}`;
    const hit = this.exportMemo.get(key);
    if (hit) {
      this.replayReads('e' + key);
      return hit;
    }
    return this.withReads('e' + key, () => this.evalExportFresh(file, name, key, depth, seen));
  }

  private evalExportFresh(file: string, name: string, key: string, depth: number, seen: Set<string>): AV {
    if (seen.has(key) || depth > 25) return { t: 'unknown', text: name };
    seen.add(key);
    const facts = this.files.get(file);
    if (!facts) return { t: 'unknown', text: name };
    let out: AV | undefined;
    // (an inert file of a barrel whose text never names the export: only its own `export *` can hold it)
    const absent = inertExportAbsent(facts, name);
    if (!absent && name === '*') {
      out = facts.exports['module.exports'] ? this.eval(file, facts.exports['module.exports'], depth + 1) : { t: 'module', file };
    } else if (!absent && facts.exports[name]) {
      out = this.eval(file, facts.exports[name], depth + 1);
    } else if (!absent && name === 'default' && facts.exports['module.exports']) {
      out = this.eval(file, facts.exports['module.exports'], depth + 1);
    } else {
      for (const src of absent ? absent.starSources : facts.exportAll) {
        const r = this.resolver.resolve(file, src);
        if (r.kind !== 'file') continue;
        const av = this.evalExport(r.rel, name, depth + 1, seen);
        if (av.t !== 'unknown') {
          out = av;
          break;
        }
      }
    }
    out = out ?? { t: 'unknown', text: name };
    this.exportMemo.set(key, out);
    return out;
  }

  member(obj: AV, prop: string, depth: number): AV {
    switch (obj.t) {
      case 'module':
        return this.evalExport(obj.file, prop, depth + 1);
      case 'ext':
        return { t: 'ext', module: obj.module, path: [...obj.path, prop], ...(obj.from ? { from: obj.from } : {}) };
      case 'extcall':
        return { t: 'ext', module: obj.module, path: [...obj.path, '()', prop], from: { args: obj.args, file: obj.file } };
      case 'object': {
        const pv = obj.props[prop];
        return pv ? this.eval(obj.file, pv, depth + 1) : { t: 'unknown', text: prop };
      }
      // (an element of a list by its index: `routes[0].path`)
      case 'array':
        return /^\d+$/.test(prop) && obj.items[Number(prop)] ? obj.items[Number(prop)] : { t: 'unknown', text: prop };
      case 'class': {
        const id = obj.methods[prop];
        if (id !== undefined) return { t: 'fn', file: obj.file, id };
        // `list = asyncHandler(async (req, res) => ...)`: a field holding a wrapped handler
        const fv = obj.fields?.[prop] ?? (Object.hasOwn(obj.methods, 'constructor') ? this.summary(obj.file, obj.methods['constructor'])?.instanceProps?.[prop] : undefined);
        if (fv) return this.instanceValue(this.eval(obj.file, fv, depth + 1), obj);
        // `class PostsRoute extends BaseRoute`: what the base class gives its instances
        const base = obj.extends && depth < 20 ? this.eval(obj.file, obj.extends, depth + 1) : undefined;
        if (base?.t !== 'class') return { t: 'unknown', text: prop };
        const inherited = this.instanceValue(this.member(base, prop, depth + 1), obj);
        // a router the base class's field makes (`public router = Router()`) is each subclass instance's own
        return inherited.t === 'router' && !Object.hasOwn(base.methods, prop) ? this.ownRouter(inherited.id, obj, base) : inherited;
      }
      case 'wrapped':
        // a library that makes the method handlers from the app's function (`export const { POST } = serve(async (context) => ...)`,
        // Upstash Workflow): each is the function behind the library's wrapper
        if (/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(prop) && (obj.wrapper.t === 'ext' || obj.wrapper.t === 'extcall')) return obj;
        // `const { loader, action } = createRoute(opts, handler)`: the factory's own function by that name wraps the handler
        if (obj.made?.t === 'object') {
          const fn = this.member(obj.made, prop, depth + 1);
          // (only a function that hands the request on to the handler: `loader() { return 405 }` beside it serves nothing)
          if (fn.t === 'fn' && obj.wrapper.t === 'fn' && this.callsParamOf(fn.file, fn.id, obj.wrapper.id)) return { t: 'wrapped', wrapper: fn, inner: obj.inner, text: obj.text };
          return fn;
        }
        return { t: 'unknown', text: prop };
      default:
        return { t: 'unknown', text: prop };
    }
  }

  /** See evalCall: `withAuth(h)` whose body returns `withMiddleware(h, authMiddleware, ...)`. */
  private delegatedWrapper(callee: Extract<AV, { t: 'fn' }>, s: FunctionSummary, args: AV[], text: string, depth: number): AV | null {
    if (depth > 20) return null;
    const isFnLike = (a: AV | undefined) => !!a && (a.t === 'fn' || a.t === 'wrapped');
    for (const r of s.returns) {
      if (r.k !== 'call') continue;
      const inner = this.eval(callee.file, r.callee, depth + 1);
      // a library's wrapper handed the caller's handler (`withSessionRoute = (h) => withIronSessionApiRoute(h, options)`):
      // the library wraps it, as if the app had called it itself
      if (inner.t === 'ext' || inner.t === 'extcall') {
        const at = r.args.findIndex((a) => a?.k === 'param' && a.fn === callee.id && a.path.length === 0 && isFnLike(args[a.index]));
        const a = r.args[at];
        if (at >= 0 && a.k === 'param') return { t: 'wrapped', wrapper: inner, inner: args[a.index], text };
        continue;
      }
      if (inner.t !== 'fn' || (inner.file === callee.file && inner.id === callee.id)) continue;
      const is = this.summary(inner.file, inner.id);
      if (!is?.callsParam.length) continue;
      const passedOn = (a: ValueRef | undefined) => a?.k === 'param' && a.fn === callee.id && a.path.length === 0;
      const sub = r.args.map((a) => (passedOn(a) && a.k === 'param' ? args[a.index] ?? { t: 'unknown' as const, text: '' } : this.eval(callee.file, a, depth + 1)));
      const hk = is.callsParam.find((i) => passedOn(r.args[i]) && isFnLike(sub[i]));
      if (hk === undefined) continue;
      const gates = is.callsParam.filter((i) => i !== hk && !passedOn(r.args[i]) && isFnLike(sub[i])).map((i) => sub[i]);
      const ret = is.returns[0] ? this.eval(inner.file, is.returns[0], depth + 1) : inner;
      const base: AV = ret.t === 'fn' ? ret : inner;
      return { t: 'wrapped', wrapper: gates.length ? { t: 'array', items: [...gates, base] } : base, inner: sub[hk], text };
    }
    return null;
  }

  /** Does a function made inside a factory (or a callback of it) call one of the factory's parameters? */
  private callsParamOf(file: string, id: number, factory: number, depth = 0): boolean {
    const s = this.summary(file, id);
    if (!s || depth > 3) return false;
    if (s.calls.some((c) => c.callee.k === 'param' && c.callee.fn === factory && c.callee.path.length === 0)) return true;
    return (s.callbacks ?? []).some((cb) => this.callsParamOf(file, cb, factory, depth + 1));
  }

  /** `express()`, `new Router()`, `new Hono()`, `Fastify()`: one router per creation site */
  private makeRouter(callee: Extract<AV, { t: 'ext' }>, file: string, pos: Pos, args: ValueRef[]): AV | null {
    const factory = ROUTER_FACTORIES[[callee.module, ...callee.path].join('.')];
    if (!factory) return null;
    const id = `${file}:${pos.line}:${pos.column}`;
    if (!this.routers.has(id)) {
      const prefix = factory[0].framework === 'koa' || factory[0].framework === 'elysia' ? literalOption(args[0], 'prefix') : undefined;
      const made: RouterObject = { id, kind: factory[0].kind, framework: factory[0].framework, file, pos, ops: [], mountedBy: 0, prefix, ...(factory[0].framework === 'hapi' ? { createdWith: args } : {}) };
      this.routers.set(id, made);
      this.routerSeed?.(made);
    }
    return { t: 'router', id };
  }

  /**
   * A constructor's parameter read off an instance of `cls` (`this.router` in a subclass's method):
   * bound only where `cls` or a class extending it is constructed, not every sibling subclass.
   */
  private instanceValue(v: AV, cls: Extract<AV, { t: 'class' }>): AV {
    return v.t === 'param' && cls.name ? { ...v, instanceOf: { file: cls.file, name: cls.name } } : v;
  }

  /** A subclass's own copy of a router its base class makes per instance. */
  private ownRouter(id: string, cls: Extract<AV, { t: 'class' }>, base: Extract<AV, { t: 'class' }>): AV {
    const made = this.routers.get(id);
    if (!made || made.aliasOf || made.plugin) return { t: 'router', id };
    const own = `${id}@${cls.file}#${cls.name}`;
    if (!this.routers.has(own)) {
      // the base constructor's first call of one of the instance's methods (`this.initializeRoutes()`): what it registers
      // after that call runs after the subclass's routes
      const ctor = Object.hasOwn(base.methods, 'constructor') ? this.summary(base.file, base.methods['constructor']) : undefined;
      const cut = ctor?.calls.find((c) => c.callee.k === 'member' && c.callee.object.k === 'new' && c.callee.object.callee.k === 'class')?.pos;
      const copy: RouterObject = { ...made, id: own, ops: [], mountedBy: 0, inheritsFrom: id, ...(cut ? { inheritCut: { file: base.file, pos: cut } } : {}) };
      this.routers.set(own, copy);
      this.routerSeed?.(copy);
    }
    return { t: 'router', id: own };
  }

  /** The router a Fastify plugin function's first parameter stands for. */
  pluginRouter(file: string, fn: number, framework = 'plugin'): RouterObject {
    const id = `plugin:${file}#${fn}`;
    let r = this.routers.get(id);
    if (!r) {
      const s = this.summary(file, fn);
      r = { id, kind: 'router', framework, file, pos: s?.pos ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }, ops: [], mountedBy: 0, plugin: { file, fn } };
      this.routers.set(id, r);
      this.routerSeed?.(r);
    }
    return r;
  }

  private evalCall(file: string, v: Extract<ValueRef, { k: 'call' }>, depth: number): AV {
    // `[].concat(userRoutes, adminRoutes)`, `base.concat(more)`: a list of what each holds
    if (v.callee.k === 'member' && v.callee.prop === 'concat') {
      const base = this.eval(file, v.callee.object, depth + 1);
      if (base.t === 'array') return { t: 'array', items: [...base.items, ...v.args.flatMap((a) => this.flattenSpread(file, { k: 'spread', arg: a }, depth))] };
    }
    // `Object.freeze({ prefix: '/experience', ... })`: the object it is given (a table of route paths kept frozen)
    if (v.callee.k === 'member' && v.callee.object.k === 'global' && v.callee.object.name === 'Object' && (v.callee.prop === 'freeze' || v.callee.prop === 'seal') && v.args[0]) {
      return this.eval(file, v.args[0], depth + 1);
    }
    // `ctrl.list.bind(ctrl)`: the same function, its `this` fixed (a controller's method handed to a router)
    if (v.callee.k === 'member' && v.callee.prop === 'bind' && v.args.length >= 1) {
      const fn = this.eval(file, v.callee.object, depth + 1);
      if (fn.t === 'fn' || fn.t === 'wrapped') return fn;
    }
    // router.route('/x') and chained verbs
    if (v.callee.k === 'member') {
      const recv = this.eval(file, v.callee.object, depth + 1);
      // `const router = (anonymousRouter as Router<Ctx>).use(mw)` on a router handed in: use() returns the router
      // itself, so the value is that parameter (bound at the call sites when the router is passed on again)
      if (recv.t === 'param' && v.callee.prop === 'use') return recv;
      // (Hono's `app.route('/todos', todos)` mounts a sub-app and returns the app: `app.route('/a', a).route('/b', b)`)
      if (recv.t === 'router' && v.callee.prop === 'route' && v.args.length >= 2 && this.routers.get(recv.id)?.framework === 'hono') return recv;
      // (Elysia's `.route('GET', '/x', handler)` registers a route and returns the instance)
      if (recv.t === 'router' && v.callee.prop === 'route' && v.args[0] && !(v.args.length >= 3 && this.routers.get(recv.id)?.framework === 'elysia')) return { t: 'routebuilder', router: recv.id, path: v.args[0], file };
      if (recv.t === 'routebuilder') return recv;
      if (recv.t === 'router' && v.callee.prop === 'basePath') {
        const prefix = v.args[0]?.k === 'lit' ? String(v.args[0].value) : '';
        const id = `${file}:${v.pos.line}:${v.pos.column}@basePath:${v.pos.endLine}:${v.pos.endColumn}`;
        if (!this.routers.has(id)) {
          const base = this.routers.get(recv.id)!;
          this.routers.set(id, { id, kind: 'router', framework: base.framework, file, pos: v.pos, ops: [], mountedBy: 0, aliasOf: base.aliasOf ?? recv.id, prefix: joinPrefix(base.prefix ?? '', prefix) });
        }
        return { t: 'router', id };
      }
      if (recv.t === 'router' && ['use', 'get', 'post', 'put', 'patch', 'delete', 'all', 'options', 'head', 'on', 'routes', 'middleware', 'allowedMethods', 'register', 'addHook', 'decorate', 'prefix', 'openapi', 'withTypeProvider'].includes(v.callee.prop)) return recv;
      if (recv.t === 'router' && ELYSIA_CHAINING.has(v.callee.prop) && this.routers.get(recv.id)?.framework === 'elysia') return recv;
    }
    const callee = this.eval(file, v.callee, depth + 1);
    if (callee.t === 'ext') {
      const made = this.makeRouter(callee, file, v.pos, v.args);
      if (made) return made;
      const fnArg = v.args.map((a) => this.eval(file, a, depth + 1)).find((a) => a.t === 'fn' || a.t === 'wrapped');
      // a memoizer hands back the function it was given, to be called as it is (React's `cache(async () => ...)` around a
      // data-access function, `unstable_cache(fn, keys)`, lodash's `memoize(fn)`): calling it runs that function, whose
      // checks and queries are the caller's, not a wrapper's
      const first = v.args[0] ? this.eval(file, v.args[0], depth + 1) : undefined;
      if (first && (first.t === 'fn' || first.t === 'wrapped') && isMemoizer(callee.module, callee.path)) return first;
      const self: AV = { t: 'extcall', module: callee.module, path: callee.path, args: v.args, file, pos: v.pos, text: v.text };
      // (a schema builder's callback, `body('address').custom((v) => ...).withMessage(...)`, `z.string().refine(fn)`, is part
      // of the schema: the chain stays the validator it was, not a wrapper around a handler)
      if (fnArg && !(callee.path.includes('()') && SCHEMA_BUILDER_MODULE.test(callee.module))) return { t: 'wrapped', wrapper: self, inner: fnArg, text: v.text };
      return self;
    }
    if (callee.t === 'fn') {
      const s = this.summary(callee.file, callee.id);
      if (!s) return { t: 'unknown', text: v.text };
      const args = v.args.map((a) => this.eval(file, a, depth + 1));
      // a function that answers with the object it was handed (`wrapController(controllers)`, each of its functions wrapped
      // under the same name: see extractCode keyMappedParam): that object
      const handedBack = s.returns.length === 1 && s.returns[0].k === 'param' && s.returns[0].fn === callee.id && !s.returns[0].path.length ? args[s.returns[0].index] : undefined;
      if (handedBack && handedBack.t !== 'unknown' && handedBack.t !== 'fn' && handedBack.t !== 'wrapped') return handedBack;
      // a wrapper: calls one of its parameters (asyncHandler(fn), withAuth(handler))
      if (s.callsParam.length) {
        const k = s.callsParam.find((i) => args[i] && (args[i].t === 'fn' || args[i].t === 'wrapped' || args[i].t === 'unknown'));
        if (k !== undefined) {
          const ret = s.returns[0] ? this.eval(callee.file, s.returns[0], depth + 1) : callee;
          // a route builder that returns its handlers by name (`const { action } = createApiRoute(opts, handler)`, each
          // made in the factory and calling `handler` after its own checks): the object, for `member` to pick one from
          return { t: 'wrapped', wrapper: ret.t === 'fn' ? ret : callee, inner: args[k], text: v.text, ...(ret.t === 'object' ? { made: ret } : {}) };
        }
      }
      // a wrapper that hands the caller's handler on to a shared one with its own gate
      // (`withAuth = (h) => withMiddleware(h, authMiddleware)`, `withError = (h) => withMiddleware(h)`): the shared
      // factory called with the caller's values; the value passed through is the handler, a function the delegating
      // wrapper names itself runs before it
      const delegated = this.delegatedWrapper(callee, s, args, v.text, depth);
      if (delegated) return delegated;
      // a factory handed its handler in an options object, which the function it returns calls
      // (`export const loader = createSSELoader({ interval, handler: async ({ request }) => ... })`)
      for (const c of s.callsParamProp ?? []) {
        const opts = args[c.index];
        const inner = opts?.t === 'object' ? this.member(opts, c.prop, depth + 1) : undefined;
        if (!inner || (inner.t !== 'fn' && inner.t !== 'wrapped')) continue;
        const ret = s.returns[0] ? this.eval(callee.file, s.returns[0], depth + 1) : callee;
        // (a factory answering with an object, `const { handler } = OAuthIntegration({ basePath, getIntegration })` whose
        // `handler` is `handle(app)`: `member` picks from what it made, as for a route builder above)
        return { t: 'wrapped', wrapper: ret.t === 'fn' ? ret : callee, inner, text: v.text, ...(ret.t === 'object' ? { made: ret } : {}) };
      }
      // a decorator that hands back its argument in some branch (`(target) => test ? target : function
      // wrapperFn(...args) { return target.call(this, ...args) }`): the function it decorates
      const passed = s.returns.find((r) => r.k === 'param' && r.fn === callee.id && r.path.length === 0 && args[r.index] && (args[r.index].t === 'fn' || args[r.index].t === 'wrapped'));
      if (passed && passed.k === 'param') return { t: 'wrapped', wrapper: callee, inner: args[passed.index], text: v.text };

      // a factory: evaluate what it returns (requireRole('admin') -> the inner middleware)
      if (s.returns.length) {
        const ret = this.eval(callee.file, s.returns[0], depth + 1);
        if (ret.t === 'fn') return { ...ret, boundArgs: args, factory: { file: callee.file, id: callee.id } };
        if (ret.t !== 'unknown' && ret.t !== 'param') return ret;
      }
      return { t: 'unknown', text: v.text };
    }
    if (callee.t === 'wrapped') return callee;
    // a wrapper a library made for the app (`withLogging = createAxiomRouteHandler(logger)`, then
    // `withLogging(async (req) => ...)`): the function handed to it is the handler
    if (callee.t === 'extcall') {
      const fnArg = v.args.map((a) => this.eval(file, a, depth + 1)).find((a) => a.t === 'fn' || a.t === 'wrapped');
      if (fnArg) return { t: 'wrapped', wrapper: callee, inner: fnArg, text: v.text };
    }
    if (callee.t === 'unknown' || callee.t === 'param') {
      const args = v.args.map((a) => this.eval(file, a, depth + 1));
      const fnArg = args.find((a) => a.t === 'fn' || a.t === 'wrapped');
      if (fnArg) return { t: 'wrapped', wrapper: { t: 'unknown', text: v.text }, inner: fnArg, text: v.text };
    }
    return { t: 'unknown', text: v.text };
  }
}

/** A library function that memoizes the function it is handed and answers with a function called the same way. */
function isMemoizer(module: string, path: string[]): boolean {
  const last = path[path.length - 1] ?? '';
  if (module === 'react') return path.length === 1 && last === 'cache';
  if (module === 'next/cache') return path.length === 1 && (last === 'unstable_cache' || last === 'cache');
  if (/^(?:lodash|lodash-es|underscore|es-toolkit|radash)$/.test(module)) return path.length === 1 && last === 'memoize';
  if (/^(?:lodash\/memoize|lodash\.memoize|lodash-es\/memoize|memoizee|memoize-one|micro-memoize|fast-memoize|moize|p-memoize|mem|memoize)$/.test(module)) return path.length === 0 || (path.length === 1 && /^(?:default|memoize|memoizeOne|pMemoize)$/.test(last));
  return false;
}

function joinPrefix(a: string, b: string): string {
  const j = `${a}/${b}`.replace(/\/+/g, '/');
  return j.length > 1 ? j.replace(/\/$/, '') : '';
}

/** Source-like text of a value, for chain names and evidence. */
/** `a.b.c` -> the value the chain starts from (`a`) and the properties read off it (`['b', 'c']`), at most `max` of them. */
export function memberParts(ref: ValueRef, max = Infinity): { base: ValueRef; props: string[] } {
  const props: string[] = [];
  let base = ref;
  for (let i = 0; i < max && base.k === 'member'; i++) {
    props.unshift(base.prop);
    base = base.object;
  }
  return { base, props };
}

export function refText(v: ValueRef): string {
  switch (v.k) {
    case 'ref':
    case 'global':
      return v.name;
    case 'import':
      // (a default import is named by its module, without the extension an ESM specifier carries: `./middleware/auth.js` -> auth)
      return v.name === 'default' || v.name === '*' ? (v.source.split('/').pop() ?? v.source).replace(/\.[cm]?[jt]sx?$/, '') : v.name;
    case 'member':
      return `${refText(v.object)}.${v.prop}`;
    case 'call':
      return v.text;
    case 'fn':
      return v.name ?? '<inline function>';
    case 'param':
      return v.name ? [v.name, ...v.path].join('.') : `<parameter ${v.index}>`;
    case 'array':
      return `[${v.items.map(refText).join(', ')}]`;
    case 'spread':
      return `...${refText(v.arg)}`;
    case 'lit':
      return JSON.stringify(v.value);
    case 'new':
      return `new ${refText(v.callee)}(...)`;
    case 'class':
      // (a guard class declared in the module that registers it: `{ provide: APP_GUARD, useClass: RoleGuard }`)
      return v.name || '<class>';
    default:
      return (v as { text?: string }).text ?? '?';
  }
}
