/**
 * Fastify: shorthand routes and `route({...})` (also on `withTypeProvider<...>()`),
 * `register(plugin, { prefix })` (also `register(import('./routes/x'))`) with
 * encapsulation (hooks added inside a plugin cover only that plugin's routes;
 * `fastify-plugin` lifts them to the parent), `onRequest`/`preParsing`/`preValidation`/
 * `preHandler` hooks at app, plugin and route level, decorators (`fastify.authenticate`),
 * `setErrorHandler` per encapsulation context (the routes whose errors it catches),
 * `@fastify/auth`, `@fastify/autoload`, and a route `schema` as validation.
 */
import * as path from 'path';
import type { ValueRef, Loc } from '../types';
import type { AV, Evaluator, RouterObject, RouterOp } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import type { ChainRole } from '../model/types';
import type { Classifier } from '../model/classify';
import { VERBS, collectRouterOps, flattenArgs, pathOf, pathIn, joinPath, withoutParamPatterns, bypasses } from './routerOps';
import { fastifyWorkspace } from './connectStyle';

const HOOKS = ['onRequest', 'preParsing', 'preValidation', 'preHandler', 'beforeHandler'];

interface Ctx {
  ev: Evaluator;
  classifier: Classifier;
  decorations: Map<string, { file: string; ref: ValueRef }>;
  out: RawRoute[];
}

export function fastifyRoutes(ev: Evaluator, classifier: Classifier): RawRoute[] {
  collectRouterOps(ev);
  const all = [...ev.routers.values()];
  const isFastify = (r: RouterObject) => r.framework === 'fastify' || (r.plugin !== undefined && r.framework === 'plugin');
  if (!fastifyWorkspace(ev)) return [];
  const decorations = new Map<string, { file: string; ref: ValueRef }>();
  for (const r of all) if (isFastify(r)) for (const op of r.ops) {
    if ((op.method === 'decorate' || op.method === 'decorateRequest') && op.args[0]?.k === 'lit' && op.args[1]) decorations.set(String(op.args[0].value), { file: op.file, ref: op.args[1] });
  }
  classifier.decorations = decorations;
  const ctx: Ctx = { ev, classifier, decorations, out: [] };
  // which plugins are registered somewhere (the rest are roots: autoloaded or registered dynamically)
  const registered = new Set<string>();
  for (const r of all) if (isFastify(r)) for (const op of r.ops) if (op.method === 'register') {
    const p = pluginOf(ev, op);
    if (p) registered.add(p.router.id);
    for (const sub of autoloaded(ev, op, all)) registered.add(sub.router.id);
  }
  for (const r of all) {
    if (!isFastify(r)) continue;
    if (r.kind === 'app' || (r.plugin && !registered.has(r.id) && !isFp(ev, r) && !/(?:^|\/)autohooks\.[cm]?[jt]s$/.test(r.file))) {
      traverse(ctx, r, '', [], [], new Set(), r.kind === 'app');
    }
  }
  return ctx.out;
}

interface Plugin {
  router: RouterObject;
  /** wrapped with fastify-plugin: shares the parent's context */
  lifted: boolean;
  prefix: string;
  /** @fastify/autoload `autoHooks`: autohooks files whose hooks cover this plugin */
  hooksFrom?: RouterObject[];
}

function pluginOf(ev: Evaluator, op: RouterOp): Plugin | null {
  let av = ev.eval(op.file, op.args[0]);
  // `register(import('./routes/users'))`, `register(require('./routes/users'))` of an ES module: Fastify takes its default export
  if (av.t === 'module') av = ev.evalExport(av.file, 'default', 0);
  let lifted = false;
  for (let i = 0; i < 3 && av.t === 'wrapped'; i++) {
    if (av.wrapper.t === 'extcall' && /fastify-plugin/.test(av.wrapper.module)) lifted = true;
    av = av.inner;
  }
  if (av.t !== 'fn') return null;
  const router = ev.pluginRouter(av.file, av.id, 'fastify');
  if (router.framework === 'plugin') router.framework = 'fastify';
  return { router, lifted, prefix: optionString(ev, op.file, op.args[1], 'prefix') ?? '' };
}

/** A plugin function whose module wraps it with fastify-plugin (`export default fp(plugin)`). */
function isFp(ev: Evaluator, r: RouterObject): boolean {
  if (!r.plugin) return false;
  const f = ev.files.get(r.plugin.file);
  if (!f) return false;
  return Object.values(f.exports).some((v) => v.k === 'call' && /^(?:fp|fastifyPlugin|plugin)$/.test(refText(v.callee)) && v.args.some((a) => (a.k === 'fn' && a.id === r.plugin!.fn) || (a.k === 'ref' && f.bindings[a.name]?.k === 'fn' && (f.bindings[a.name] as { id: number }).id === r.plugin!.fn)));
}

/** `register(autoload, { dir: path.join(__dirname, 'routes') })`: its options and the folder it loads */
function autoloadOf(ev: Evaluator, op: RouterOp): { opts: Extract<ValueRef, { k: 'object' }>; dir: string } | null {
  const av = ev.eval(op.file, op.args[0]);
  if (!((av.t === 'ext' || av.t === 'extcall') && /^@fastify\/autoload$|^fastify-autoload$/.test(av.module))) return null;
  const opts = op.args[1];
  if (!opts || opts.k !== 'object' || !opts.props.dir) return null;
  const dirRef = opts.props.dir;
  const parts = dirRef.k === 'call' ? dirRef.args.flatMap((a) => (a.k === 'lit' && typeof a.value === 'string' ? [a.value] : [])) : dirRef.k === 'lit' ? [String(dirRef.value)] : [];
  if (!parts.length) return null;
  return { opts, dir: path.posix.normalize(path.posix.join(path.posix.dirname(op.file), ...parts)) };
}

/** `register(autoload, { dir: path.join(__dirname, 'routes'), options: { prefix } })` */
function autoloaded(ev: Evaluator, op: RouterOp, all: RouterObject[]): Plugin[] {
  const al = autoloadOf(ev, op);
  if (!al) return [];
  const { opts, dir } = al;
  const inner = opts.props.options;
  const prefix = (inner ? optionString(ev, op.file, inner, 'prefix') : undefined) ?? '';
  const out: Plugin[] = [];
  const flag = (k: string) => opts.props[k]?.k === 'lit' && (opts.props[k] as { value: unknown }).value === true;
  const isHooks = (r: RouterObject) => /(?:^|\/)autohooks\.[cm]?[jt]s$/.test(r.file);
  const hookFiles = flag('autoHooks') ? all.filter((r) => r.plugin && r.file.startsWith(dir + '/') && isHooks(r)) : [];
  for (const r of all) {
    if (!r.plugin || !r.file.startsWith(dir + '/') || isHooks(r)) continue;
    const hooksFrom = hookFiles.filter((h) => {
      const hd = path.posix.dirname(h.file);
      return path.posix.dirname(r.file) === hd || (flag('cascadeHooks') && r.file.startsWith(hd + '/'));
    });
    const rel = path.posix.dirname(r.file.slice(dir.length + 1));
    // autoload turns folders into prefixes; `_id` folders into `:id`
    const folder = rel === '.' ? '' : rel.split('/').map((s) => s.replace(/^_/, ':')).join('/');
    if (r.framework === 'plugin') r.framework = 'fastify';
    out.push({ router: r, lifted: false, prefix: joinPath(prefix, folder), hooksFrom });
  }
  return out;
}

/** Modules in an autoloaded folder whose default export is a library plugin. */
function autoloadedLibraries(ev: Evaluator, op: RouterOp): { file: string; av: Extract<AV, { t: 'ext' }> }[] {
  const dir = autoloadOf(ev, op)?.dir;
  if (!dir) return [];
  const out: { file: string; av: Extract<AV, { t: 'ext' }> }[] = [];
  for (const [file, f] of ev.files) {
    if (!file.startsWith(dir + '/') || !f.exports.default) continue;
    const v = ev.eval(file, f.exports.default);
    if (v.t === 'ext') out.push({ file, av: v });
  }
  return out;
}

function optionString(ev: Evaluator, file: string, v: ValueRef | undefined, key: string): string | undefined {
  if (!v) return undefined;
  const o = v.k === 'ref' ? ev.files.get(file)?.bindings[v.name] : v;
  if (!o || o.k !== 'object') return undefined;
  const p = o.props[key];
  return p && p.k === 'lit' && typeof p.value === 'string' ? p.value : undefined;
}

/**
 * Hooks this context adds, including those of fastify-plugin-wrapped plugins it registers (they share it).
 * `before`: only the plugins registered before that op count. Plugins load in registration order, and a
 * child plugin's context copies its parent's hooks when it loads: a hook a plugin registered later adds
 * (`app.register(publicRoutes); app.register(fp(auth))`) does not reach it. `addHook` called in the
 * context's own code runs before any plugin it registers loads, so it always counts.
 */
function contextHooks(ctx: Ctx, r: RouterObject, seen: Set<string>, before = Infinity): RawChainEntry[] {
  if (seen.has(r.id)) return [];
  seen.add(r.id);
  const out: RawChainEntry[] = [];
  for (const [i, op] of r.ops.entries()) {
    const loc: Loc = { file: op.file, ...op.pos };
    if (op.method === 'register' && i >= before) continue;
    if (op.method === 'addHook' && op.args[0]?.k === 'lit' && HOOKS.includes(String(op.args[0].value)) && op.args[1]) {
      const entries = entriesFor(ctx, op.file, op.args[1], loc);
      // an inline hook is named by where it is: `onRequest hook (routes/api/autohooks.ts)`
      if (op.args[1].k === 'fn' && !op.args[1].name) for (const e of entries) e.text = `${String(op.args[0].value)} hook (${op.file})`;
      out.push(...entries);
    } else if (op.method === 'register') {
      const p = pluginOf(ctx.ev, op);
      if (p?.lifted) out.push(...contextHooks(ctx, p.router, seen));
      // @fastify/autoload of a plugins folder whose modules re-export libraries (`export default fastifyRateLimit`)
      for (const libFile of autoloadedLibraries(ctx.ev, op)) {
        const lib = libFile.av;
        if (/^@fastify\/rate-limit$|^fastify-rate-limit$/.test(lib.module)) out.push({ av: lib, text: `@fastify/rate-limit (${libFile.file})`, registeredAt: loc, file: op.file, roles: ['rate-limit'], why: '@fastify/rate-limit autoloaded' });
      }
      const lib = ctx.ev.eval(op.file, op.args[0]);
      if ((lib.t === 'ext' || lib.t === 'extcall') && /^@fastify\/rate-limit$|^fastify-rate-limit$/.test(lib.module)) {
        const globalOff = op.args[1]?.k === 'object' && op.args[1].props.global?.k === 'lit' && op.args[1].props.global.value === false;
        if (!globalOff) out.push({ av: lib, text: '@fastify/rate-limit', registeredAt: loc, file: op.file, roles: ['rate-limit'], why: '@fastify/rate-limit registered' });
      }
      if ((lib.t === 'ext' || lib.t === 'extcall') && /^@fastify\/cors$|^fastify-cors$/.test(lib.module)) {
        out.push({ av: { t: 'extcall', module: lib.module, path: [], args: op.args.slice(1), file: op.file, pos: op.pos, text: 'cors' }, text: '@fastify/cors', registeredAt: loc, file: op.file, roles: ['cors'], why: 'cors' });
      }
    }
  }
  return out;
}

/** Chain entries for a hook value: a function, an array, a decorator, `fastify.auth([...])`. */
function entriesFor(ctx: Ctx, file: string, ref: ValueRef, registeredAt: Loc): RawChainEntry[] {
  if (ref.k === 'array') return ref.items.flatMap((i) => entriesFor(ctx, file, i, registeredAt));
  const text = refText(ref);
  // fastify.auth([fastify.verifyJWT, fastify.verifyAdmin], { relation: 'and' })
  if (ref.k === 'call' && ref.callee.k === 'member' && ref.callee.prop === 'auth' && ref.args[0]?.k === 'array') {
    const items = ref.args[0].items.flatMap((i) => entriesFor(ctx, file, i, registeredAt));
    const cls = items.map((e) => (e.roles ? { roles: e.roles, why: e.why ?? '' } : ctx.classifier.classify(e.av, e.text)));
    const and = ref.args[1]?.k === 'object' && ref.args[1].props.relation?.k === 'lit' && ref.args[1].props.relation.value === 'and';
    const has = (role: ChainRole) => (and ? cls.some((c) => c.roles.includes(role)) : cls.length > 0 && cls.every((c) => c.roles.includes(role)));
    const roles: ChainRole[] = [];
    if (has('auth')) roles.push('auth');
    if (has('role')) roles.push('role');
    return [{ av: { t: 'unknown', text }, text, registeredAt, file, roles, why: `@fastify/auth (${and ? 'all of' : 'any of'}: ${items.map((e) => e.text).join(', ')})` }];
  }
  return [{ av: resolveDecoration(ctx, file, ref), text, registeredAt, file }];
}

function resolveDecoration(ctx: Ctx, file: string, ref: ValueRef): AV {
  const av = ctx.ev.eval(file, ref);
  if (av.t !== 'unknown' && av.t !== 'param') return av;
  const name = ref.k === 'member' ? ref.prop : ref.k === 'param' && ref.path.length ? ref.path[ref.path.length - 1] : null;
  const d = name ? ctx.decorations.get(name) : undefined;
  return d ? ctx.ev.eval(d.file, d.ref) : av;
}

/**
 * The error handler a context sets with `setErrorHandler`, also through the fastify-plugin-wrapped
 * plugins it registers (they share its context); the last one set wins. It catches what every route
 * of the context and of its child plugins throws, wherever in the plugin it is set (routes are built
 * once the plugin has loaded), unless a child plugin sets its own.
 */
function contextErrorHandler(ctx: Ctx, r: RouterObject, seen: Set<string>): RawChainEntry | undefined {
  if (seen.has(r.id)) return undefined;
  seen.add(r.id);
  let found: RawChainEntry | undefined;
  for (const op of r.ops) {
    if (op.method === 'setErrorHandler' && op.args[0]) {
      found = { av: ctx.ev.eval(op.file, op.args[0]), text: refText(op.args[0]), registeredAt: { file: op.file, ...op.pos }, file: op.file };
    } else if (op.method === 'register') {
      const p = pluginOf(ctx.ev, op);
      if (p?.lifted) found = contextErrorHandler(ctx, p.router, seen) ?? found;
    }
  }
  return found;
}

function traverse(ctx: Ctx, router: RouterObject, prefix: string, inherited: RawChainEntry[], mounts: Loc[], stack: Set<string>, mountKnown: boolean, ownContext = true, inheritedErrors?: RawChainEntry) {
  if (stack.has(router.id) || stack.size > 16) return;
  stack.add(router.id);
  // a fastify-plugin-wrapped plugin shares its parent's context: its hooks (and error handler) are already inherited
  const hooks = ownContext ? [...inherited, ...contextHooks(ctx, router, new Set())] : inherited;
  const errorHandler = (ownContext ? contextErrorHandler(ctx, router, new Set()) : undefined) ?? inheritedErrors;
  for (const [i, op] of router.ops.entries()) {
    const loc: Loc = { file: op.file, ...op.pos };
    if (op.method === 'register') {
      const p = pluginOf(ctx.ev, op);
      const subs = p ? [p] : autoloaded(ctx.ev, op, [...ctx.ev.routers.values()]);
      // a child context gets the hooks of the plugins registered before it
      const childHooks = ownContext ? [...inherited, ...contextHooks(ctx, router, new Set(), i)] : hooks;
      for (const sub of subs) {
        // a lifted plugin's hooks are already in `hooks`; its routes share this context
        const autohooks = (sub.hooksFrom ?? []).flatMap((h) => contextHooks(ctx, h, new Set()));
        const hookErrors = (sub.hooksFrom ?? []).map((h) => contextErrorHandler(ctx, h, new Set())).filter((e): e is RawChainEntry => !!e).pop();
        traverse(ctx, sub.router, joinPath(prefix, sub.prefix), [...(sub.lifted ? hooks : childHooks), ...autohooks], [...mounts, loc], stack, mountKnown, !sub.lifted, hookErrors ?? errorHandler);
      }
      continue;
    }
    // a route is set up in its turn too: a fastify-plugin-wrapped plugin registered after it (`app.get('/x'); app.register(fp(auth))`)
    // adds its hooks once the route is already built, while `addHook` written in this context's own code always counts
    const routeHooks = ownContext ? [...inherited, ...contextHooks(ctx, router, new Set(), i)] : hooks;
    for (const route of routesOf(ctx, op)) {
      const full = joinPath(prefix, withoutParamPatterns(route.path));
      const chain = [...routeHooks, ...route.hooks].filter((e) => !bypasses(ctx.ev, e.av, full) && !configBypassed(ctx.ev, e.av, route.config)
        // @fastify/rate-limit registered globally skips routes with `config: { rateLimit: false }`
        && !(route.config.rateLimit === false && e.roles?.includes('rate-limit')));
      for (const method of route.methods) {
        ctx.out.push({
          framework: 'fastify', method, path: full, loc, handler: route.handler, handlerText: route.handlerText, handlerFile: op.file,
          chain, mounts, mountKnown, style: 'express',
          ...(errorHandler ? { errorHandlers: [errorHandler] } : {}),
        });
      }
    }
  }
  stack.delete(router.id);
}

interface FastifyRoute {
  path: string;
  methods: string[];
  hooks: RawChainEntry[];
  handler: AV;
  handlerText: string;
  /** the route's `config` keys: true when set to something other than a false/null/0/'' literal */
  config: Record<string, boolean>;
}

/**
 * Does the hook let this route through unchecked by reading its config (`if (request.routeOptions.config.public) return`)?
 * A decorated hook (`fastify.authenticate`) is read through its definition.
 */
function configBypassed(ev: Evaluator, av: AV, config: Record<string, boolean>): boolean {
  const fn = av.t === 'fn' ? av : av.t === 'wrapped' && av.inner.t === 'fn' ? av.inner : null;
  if (!fn) return false;
  const gates = ev.summary(fn.file, fn.id)?.configBypass;
  return !!gates?.some((g) => (g.when === 'truthy' ? config[g.key] === true : !config[g.key]));
}

function configOf(ctx: Ctx, file: string, cfg: ValueRef | undefined): Record<string, boolean> {
  const o = deref(ctx, file, cfg);
  const out: Record<string, boolean> = {};
  if (!o || o.k !== 'object') return out;
  for (const [k, v] of Object.entries(o.props)) {
    if (k.startsWith('...')) continue;
    out[k] = !(v.k === 'lit' && !v.value && !v.regex);
  }
  return out;
}

function routesOf(ctx: Ctx, op: RouterOp): FastifyRoute[] {
  const loc: Loc = { file: op.file, ...op.pos };
  let opts: ValueRef | undefined;
  let handler: ValueRef | undefined;
  let p: string | null = null;
  let methods: string[] = [];
  if (op.method === 'route') {
    opts = deref(ctx, op.file, op.args[0]);
    if (!opts || opts.k !== 'object') return [];
    p = pathIn(ctx.ev, op.file, opts.props.url ?? opts.props.path);
    const m = opts.props.method;
    methods = (m?.k === 'array' ? m.items : m ? [m] : []).flatMap((x) => (x.k === 'lit' && typeof x.value === 'string' ? [x.value.toUpperCase()] : []));
    handler = opts.props.handler;
  } else if (VERBS[op.method] && op.method !== 'del') {
    p = pathIn(ctx.ev, op.file, op.args[0]);
    methods = [VERBS[op.method]];
    if (op.args.length >= 3) {
      opts = deref(ctx, op.file, op.args[1]);
      handler = op.args[2];
    } else {
      const second = deref(ctx, op.file, op.args[1]);
      if (second?.k === 'object' && second.props.handler) {
        opts = second;
        handler = second.props.handler;
      } else handler = op.args[1];
    }
  } else return [];
  if (p === null || !handler || !methods.length) return [];
  const hooks: RawChainEntry[] = [];
  if (opts?.k === 'object') {
    for (const h of HOOKS) if (opts.props[h]) hooks.push(...entriesFor(ctx, op.file, opts.props[h], loc));
    // a schema checks the parts it declares: one of only `params` (and `response`) checks no data the route may
    // write (an uploaded CSV's rows, an unchecked body); one of only `querystring` / `headers` leaves the body as it came
    // (missing-input-validation asks about routes that read the body); one written elsewhere is taken at its word
    const schema = deref(ctx, op.file, opts.props.schema);
    const checksData = schema?.k !== 'object' || Object.keys(schema.props).some((k) => !/^(?:params|querystring|query|headers|response|tags|summary|description|operationId|security|hide|deprecated)$/.test(k));
    if (opts.props.schema && checksData) hooks.push({ av: { t: 'unknown', text: 'schema' }, text: 'route schema', registeredAt: loc, file: op.file, roles: ['validation'], why: 'Fastify route schema' });
    const cfg = deref(ctx, op.file, opts.props.config);
    // `config: { rateLimit: false }` turns the limit off for the route
    if (cfg?.k === 'object' && cfg.props.rateLimit && configOf(ctx, op.file, cfg).rateLimit) hooks.push({ av: { t: 'unknown', text: 'rateLimit' }, text: 'config.rateLimit', registeredAt: loc, file: op.file, roles: ['rate-limit'], why: '@fastify/rate-limit route config' });
  }
  const [h] = flattenArgs(ctx.ev, op.file, [handler]);
  return [{ path: p, methods, hooks, handler: h.av, handlerText: h.text, config: opts?.k === 'object' ? configOf(ctx, op.file, opts.props.config) : {} }];
}

function deref(ctx: Ctx, file: string, v: ValueRef | undefined): ValueRef | undefined {
  if (v && v.k === 'ref') return ctx.ev.files.get(file)?.bindings[v.name] ?? v;
  return v;
}
