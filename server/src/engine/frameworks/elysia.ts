/**
 * Elysia (Bun): instances made with `new Elysia({ prefix })` whose chained calls register routes
 * (`.get(path, handler, hook)`, `.route(method, path, handler, hook)`), mounted with `.use(plugin)`
 * (an instance, across files, or a plugin function `(app) => app.get(...)`), grouped with
 * `.group('/x', [hooks,] app => ...)` and `.guard(hooks, app => ...)`.
 *
 * A hook applies to the routes registered after it: `.onBeforeHandle(fn)`, `.derive(fn)`, `.resolve(fn)`,
 * `.onRequest(fn)`, a `.guard(hooks)` without a callback, a route's own hook object (`beforeHandle`,
 * `derive`, `resolve`, macros such as `{ auth: true }` defined with `.macro(...)`, request schemas).
 * Instance hooks are local to the instance and what it mounts afterwards, unless they say
 * `{ as: 'scoped' }` (also its parent) or `{ as: 'global' }` (every ancestor), or the instance
 * says `.as('scoped' | 'global')`. Library plugins (`cors()`, `rateLimit()`, `jwt()`) register global hooks.
 */
import type { ValueRef, Loc } from '../types';
import type { AV, Evaluator, RouterObject, RouterOp } from '../model/values';
import { refText } from '../model/values';
import { FILES_ONLY_SCHEMA } from '../model/types';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import type { Classifier } from '../model/classify';
import { VERBS, collectRouterOps, flattenArgs, pathIn, joinPath, routerOf, elysiaWorkspace } from './routerOps';

type Scope = 'local' | 'scoped' | 'global';

interface Ctx {
  ev: Evaluator;
  classifier: Classifier;
  out: RawRoute[];
  /** macro name -> the functions that run for a route that turns it on */
  macros: Map<string, { av: AV; hook: string; file: string; registeredAt: Loc }[]>;
}

/** What a mounted instance hands back to the one that mounted it. */
interface Lifted {
  scoped: RawChainEntry[];
  global: RawChainEntry[];
}

const HOOK_METHODS = new Set(['onBeforeHandle', 'derive', 'resolve', 'onRequest', 'onTransform', 'onError']);
/** `.onError(fn)` entries: they answer for the routes after them, as error handlers, not in the chain */
const errorHooks = new WeakSet<RawChainEntry>();
const HOOK_KEYS = new Set(['beforeHandle', 'derive', 'resolve', 'transform', 'onBeforeHandle', 'onRequest']);
const SCHEMA_KEYS = new Set(['body', 'query', 'params', 'headers', 'cookie']);
/** hook-object keys that are neither hooks, schemas nor macros */
const INERT_KEYS = new Set(['as', 'detail', 'response', 'type', 'parse', 'afterHandle', 'afterResponse', 'mapResponse', 'error', 'tags', 'config', 'prefix', 'name', 'seed']);

export function elysiaRoutes(ev: Evaluator, classifier: Classifier): RawRoute[] {
  collectRouterOps(ev);
  if (!elysiaWorkspace(ev)) return [];
  const all = [...ev.routers.values()].filter((r) => !r.aliasOf && (r.framework === 'elysia' || (r.plugin && r.framework === 'plugin')));
  const ctx: Ctx = { ev, classifier, out: [], macros: new Map() };
  ctx.macros = collectMacros(ctx, all);
  // instances and plugin functions mounted somewhere are traversed from where they are mounted
  const mounted = new Set<string>();
  for (const r of all) for (const op of r.ops) for (const sub of mountedBy(ev, op)) if (sub.id !== r.id) mounted.add(sub.id);
  for (const root of all) {
    if (mounted.has(root.id) || !root.ops.length) continue;
    traverse(ctx, root, '', [], [], new Set(), root.framework === 'elysia');
  }
  return ctx.out;
}

/** The instances an op mounts: `.use(x)`, and the callbacks of `.group()` / `.guard()`. */
function mountedBy(ev: Evaluator, op: RouterOp): RouterObject[] {
  if (op.method === 'use') return op.args.flatMap((a) => instancesOf(ev, op.file, a));
  if (op.method === 'group' || op.method === 'guard') {
    const cb = op.args[op.args.length - 1];
    return cb && op.args.length >= (op.method === 'group' ? 2 : 2) ? instancesOf(ev, op.file, cb) : [];
  }
  return [];
}

/** An Elysia instance, or a plugin function `(app) => app.get(...)` whose parameter stands for one. */
function instancesOf(ev: Evaluator, file: string, ref: ValueRef): RouterObject[] {
  return flattenArgs(ev, file, [ref]).flatMap(({ av }) => {
    const r = routerOf(ev, av);
    if (r) return [r];
    const fn = av.t === 'fn' ? av : av.t === 'wrapped' && av.inner.t === 'fn' ? av.inner : null;
    if (!fn) return [];
    const p = ev.routers.get(`plugin:${fn.file}#${fn.id}`);
    return p ? [p] : [];
  });
}

function traverse(ctx: Ctx, router: RouterObject, prefix: string, inherited: RawChainEntry[], mounts: Loc[], stack: Set<string>, mountKnown: boolean): Lifted {
  const lifted: Lifted = { scoped: [], global: [] };
  if (stack.has(router.id) || stack.size > 12) return lifted;
  stack.add(router.id);
  const { ev } = ctx;
  const base = joinPath(prefix, router.prefix ?? '');
  // hooks registered on this instance so far (they run for its later routes and what it mounts later)
  const local: RawChainEntry[] = [];
  const lift = (entries: RawChainEntry[], scope: Scope) => {
    if (scope === 'scoped') lifted.scoped.push(...entries);
    else if (scope === 'global') lifted.global.push(...entries);
  };
  for (const op of router.ops) {
    const opLoc: Loc = { file: op.file, ...op.pos };
    if (op.method === 'use') {
      for (const a of flattenArgs(ev, op.file, op.args)) {
        const subs = instancesOf(ev, op.file, a.ref);
        if (subs.length) {
          for (const sub of subs) {
            if (sub.id === router.id) continue;
            const got = traverse(ctx, sub, base, [...inherited, ...local], [...mounts, opLoc], stack, mountKnown);
            // a scoped hook becomes the mounting instance's own; a global one goes on up
            local.push(...got.scoped, ...got.global);
            lifted.global.push(...got.global);
          }
          continue;
        }
        // a library plugin (`cors()`, `rateLimit()`, `jwt({...})`, `bearer()`): its hooks are global
        // unless its options say otherwise (elysia-rate-limit `scoping: 'scoped'`)
        if (a.av.t !== 'extcall' && a.av.t !== 'ext' && a.av.t !== 'wrapped') continue;
        const entry: RawChainEntry = { av: a.av, text: a.text, registeredAt: opLoc, file: op.file };
        local.push(entry);
        // (elysia-rate-limit's `scoping: 'scoped'` keeps the limiter to the instance that uses it)
        const scope = a.av.t === 'extcall' ? scopeOption(ev, op.file, a.av.args[0], 'scoping') ?? 'global' : 'global';
        lift([entry], scope === 'global' ? 'global' : 'local');
      }
      continue;
    }
    if (HOOK_METHODS.has(op.method)) {
      // `.onBeforeHandle(fn)`, `.onBeforeHandle({ as: 'scoped' }, fn)`, `.derive({ as: 'global' }, fn)`
      const opts = op.args.length >= 2 ? op.args[0] : undefined;
      const scope = scopeOption(ev, op.file, opts, 'as') ?? 'local';
      const entries = flattenArgs(ev, op.file, op.args.slice(opts ? 1 : 0)).map((a) => entryOf(ctx, a, op.method, opLoc, op.file));
      if (op.method === 'onError') for (const e of entries) errorHooks.add(e);
      local.push(...entries);
      lift(entries, scope);
      continue;
    }
    if (op.method === 'as') {
      // `.as('scoped')` / `.as('global')` (`'plugin'` in older versions): the instance's hooks so far reach its parent
      const s = op.args[0]?.k === 'lit' ? String(op.args[0].value) : '';
      lift(local.filter((e) => !lifted.scoped.includes(e) && !lifted.global.includes(e)), s === 'global' ? 'global' : s === 'scoped' || s === 'plugin' ? 'scoped' : 'local');
      continue;
    }
    if (op.method === 'guard' || op.method === 'group') {
      // guard(hooks, app => ...), guard(hooks), group('/x', app => ...), group('/x', hooks, app => ...)
      const isGroup = op.method === 'group';
      const path = isGroup ? pathIn(ev, op.file, op.args[0]) : '';
      if (path === null) continue;
      const rest = isGroup ? op.args.slice(1) : op.args;
      const cb = rest.length >= 2 || (isGroup && rest.length === 1) ? rest[rest.length - 1] : undefined;
      const hooksRef = cb ? (rest.length >= 2 ? rest[0] : undefined) : rest[0];
      const hooks = hooksRef ? hookEntries(ctx, op.file, hooksRef, opLoc) : [];
      const subs = cb ? instancesOf(ev, op.file, cb) : [];
      if (!subs.length) {
        if (!isGroup && hooksRef) {
          // a guard without a callback covers the routes registered after it
          local.push(...hooks);
          lift(hooks, scopeOption(ev, op.file, hooksRef, 'as') ?? 'local');
        }
        continue;
      }
      for (const sub of subs) {
        if (sub.id === router.id) continue;
        const got = traverse(ctx, sub, joinPath(base, path), [...inherited, ...local, ...hooks], [...mounts, opLoc], stack, mountKnown);
        local.push(...got.scoped, ...got.global);
        lifted.global.push(...got.global);
      }
      continue;
    }
    const route = routeOf(ev, op);
    if (!route) continue;
    const full = joinPath(base, route.path);
    const handlerRef = route.handler;
    const handler: AV = handlerRef ? ev.eval(op.file, handlerRef) : { t: 'unknown', text: 'no handler' };
    const own = route.hooks ? hookEntries(ctx, op.file, route.hooks, opLoc) : [];
    const all = distinct([...inherited, ...local, ...own]);
    const chain = all.filter((e) => !errorHooks.has(e));
    const errorHandlers = all.filter((e) => errorHooks.has(e));
    for (const method of route.methods) {
      ctx.out.push({
        framework: 'elysia', method, path: full, loc: opLoc, handler, handlerText: handlerRef ? refText(handlerRef) : '?', handlerFile: op.file,
        chain, mounts, mountKnown, style: 'express', ...(errorHandlers.length ? { errorHandlers } : {}),
      });
    }
  }
  stack.delete(router.id);
  return lifted;
}

/**
 * One entry per registration: a plugin used by several instances (`authPlugin` in two modules) lifts its
 * global hooks through each (Elysia deduplicates named plugins the same way).
 */
function distinct(chain: RawChainEntry[]): RawChainEntry[] {
  const seen = new Set<string>();
  return chain.filter((e) => {
    const k = `${e.registeredAt.file}:${e.registeredAt.line}:${e.registeredAt.column}\0${e.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A chain entry for a hook function: named after the function, or after the hook for an inline one. */
function entryOf(ctx: Ctx, a: { av: AV; text: string }, hook: string, registeredAt: Loc, file: string): RawChainEntry {
  const entry: RawChainEntry = { av: a.av, text: a.text === '<inline function>' ? hook : a.text, registeredAt, file };
  if (hook === 'derive' || hook === 'resolve') Object.assign(entry, contextHookRoles(ctx, a.av, entry.text));
  return entry;
}

/**
 * What a `derive` / `resolve` does. Unlike a before-handle hook, what it returns is added to the context: a
 * `return { user: null }` when the token is missing turns nobody away. It gates only when it answers
 * 401/403 itself (`status(401)`, `set.status = 401`, a throw) or calls a check that does.
 */
function contextHookRoles(ctx: Ctx, av: AV, text: string): Pick<RawChainEntry, 'roles' | 'why'> {
  if (av.t !== 'fn') return {};
  const s = ctx.ev.summary(av.file, av.id);
  const c = ctx.classifier.classify(av, text);
  if (!s || s.rejects || !c.roles.includes('auth')) return {};
  // (an inline derive of a plugin named for auth, `new Elysia({ name: 'auth' }).derive(...)`, is known by the plugin's
  // name only: `return { user: payload ? {...} : null }` after `jwt.verify` still turns nobody away)
  const byNameOnly = c.why.startsWith('by name') && !s.sessionCheck;
  if (!byNameOnly && (!s.sessionCheck || c.why !== 'rejects requests without a session')) return {};
  return { roles: c.roles.filter((r) => r !== 'auth' && r !== 'role'), why: 'adds the caller to the context, rejects nobody' };
}

/** `{ as: 'scoped' }` / `{ scoping: 'global' }` in an options object. */
function scopeOption(ev: Evaluator, file: string, ref: ValueRef | undefined, key: string): Scope | null {
  if (!ref) return null;
  const v = ev.eval(file, ref);
  if (v.t !== 'object') return null;
  const s = v.props[key];
  const lit = s ? ev.eval(v.file, s) : null;
  if (lit?.t !== 'lit') return null;
  return lit.value === 'global' ? 'global' : lit.value === 'scoped' || lit.value === 'plugin' ? 'scoped' : 'local';
}

/** The path, methods, handler and hook object of one route registration. */
function routeOf(ev: Evaluator, op: RouterOp): { path: string; methods: string[]; handler?: ValueRef; hooks?: ValueRef } | null {
  if (op.method === 'route') {
    // .route('GET', '/x', handler, hooks) / .route(['GET', 'POST'], '/x', handler)
    const m = op.args[0];
    const methods = (m?.k === 'array' ? m.items : m ? [m] : []).flatMap((x) => (x.k === 'lit' && typeof x.value === 'string' ? [x.value.toUpperCase()] : []));
    const path = pathIn(ev, op.file, op.args[1]);
    return methods.length && path !== null ? { path, methods, handler: op.args[2], hooks: op.args[3] } : null;
  }
  const method = VERBS[op.method];
  if (!method || op.method === 'del') return null;
  const path = pathIn(ev, op.file, op.args[0]);
  if (path === null || (!/^[/*]/.test(path) && path !== '')) return null;
  return { path, methods: [method], handler: op.args[1], hooks: op.args[2] };
}

/** The chain entries a hook object adds: its hooks, a validation entry for request schemas, the macros it turns on. */
function hookEntries(ctx: Ctx, file: string, ref: ValueRef, registeredAt: Loc): RawChainEntry[] {
  const { ev } = ctx;
  const v = ev.eval(file, ref);
  if (v.t !== 'object') return [];
  const out: RawChainEntry[] = [];
  let schema = false;
  let files = false;
  let checksData = false;
  for (const [key, val] of Object.entries(v.props)) {
    if (HOOK_KEYS.has(key)) {
      for (const a of flattenArgs(ev, v.file, [val])) out.push(entryOf(ctx, a, key, registeredAt, v.file));
      continue;
    }
    if (SCHEMA_KEYS.has(key)) {
      // `body: t.Object({ image: t.File() })`: the route takes files (an upload route, whatever its path)
      const sv = ev.eval(v.file, val);
      const stext = sv.t === 'extcall' ? sv.text : refText(val);
      // a schema that accepts anything (`body: t.Any()`, `t.Unknown()`) only silences the type checker: it checks nothing
      if (stext && /^\s*t\s*\.\s*(?:Any|Unknown)\s*\(\s*\)\s*$/.test(stext)) continue;
      schema = true;
      if (key === 'body' && /\bt\s*\.\s*Files?\s*\(/.test(stext ?? '')) files = true;
      // a body of files only (`t.Object({ file: t.File() })`) checks that a file came and what it is, not the rows the
      // handler reads out of it (the route decides, by what its writes carry: see FILES_ONLY_SCHEMA)
      if (!(key === 'body' && stext && filesOnlySchema(stext))) checksData = true;
      continue;
    }
    if (INERT_KEYS.has(key)) continue;
    const defs = ctx.macros.get(key);
    if (!defs) continue;
    // `{ auth: false }` turns the macro off
    const on = ev.eval(v.file, val);
    if (on.t === 'lit' && (on.value === false || on.value === null)) continue;
    const text = on.t === 'lit' && typeof on.value === 'string' ? `${key}(${JSON.stringify(on.value)})` : key;
    for (const d of defs) {
      const entry: RawChainEntry = { av: d.av, text, registeredAt, file: d.file };
      if (d.hook === 'derive' || d.hook === 'resolve') Object.assign(entry, contextHookRoles(ctx, d.av, text));
      out.push(entry);
    }
  }
  if (schema) out.push({ av: { t: 'unknown', text: 'request schema' }, text: files ? 'route request schema (t.File upload)' : 'route request schema', registeredAt, file, roles: ['validation'], why: checksData ? 'Elysia request schema (body / query / params)' : FILES_ONLY_SCHEMA });
  return out;
}

/** `t.Object({ file: t.File({ maxSize: '5m' }), extra: t.Files() })`: nothing but files in the body schema's text */
function filesOnlySchema(text: string): boolean {
  if (!/\bt\s*\.\s*Files?\s*\(/.test(text)) return false;
  let rest = text;
  // (options may nest one level: `t.File({ type: ['image/png'] })`)
  for (let i = 0; i < 3; i++) rest = rest.replace(/\bt\s*\.\s*Files?\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g, '');
  return !/\bt\s*\.\s*(?!Object\b)\w+\s*\(/.test(rest) && /^\s*t\s*\.\s*(?:Object|Files?)\s*\(/.test(text);
}

/**
 * `.macro({ auth: { resolve(ctx) {...} } })`, `.macro({ isSignIn(enabled) { return { beforeHandle() {...} } } })`,
 * `.macro(({ onBeforeHandle }) => ({ role(name) { onBeforeHandle(fn) } }))`, `.macro('auth', {...})`:
 * the functions each macro runs, by name (macros travel with the plugin that defines them).
 */
function collectMacros(ctx: Ctx, routers: RouterObject[]): Ctx['macros'] {
  const { ev } = ctx;
  const out: Ctx['macros'] = new Map();
  const add = (name: string, fns: { av: AV; hook: string }[], registeredAt: Loc) => {
    if (!fns.length) return;
    const list = out.get(name) ?? [];
    for (const { av, hook } of fns) if (av.t === 'fn') list.push({ av, hook, file: av.file, registeredAt });
    out.set(name, list);
  };
  for (const r of routers) for (const op of r.ops) {
    if (op.method !== 'macro' || !op.args[0]) continue;
    const at: Loc = { file: op.file, ...op.pos };
    if (op.args[0].k === 'lit' && typeof op.args[0].value === 'string' && op.args[1]) {
      add(op.args[0].value, macroFns(ev, ev.eval(op.file, op.args[1])), at);
      continue;
    }
    let defs = ev.eval(op.file, op.args[0]);
    // the function form returns the definitions
    if (defs.t === 'fn') {
      const s = ev.summary(defs.file, defs.id);
      defs = s?.returns[0] ? ev.eval(defs.file, s.returns[0]) : defs;
    }
    if (defs.t !== 'object') continue;
    for (const [name, ref] of Object.entries(defs.props)) add(name, macroFns(ev, ev.eval(defs.file, ref)), at);
  }
  return out;
}

/** The functions one macro definition runs: an object's hooks, or a function and the hooks of the object it returns. */
function macroFns(ev: Evaluator, def: AV, depth = 0): { av: AV; hook: string }[] {
  if (depth > 2) return [];
  if (def.t === 'object') {
    return Object.entries(def.props).flatMap(([k, ref]) => (HOOK_KEYS.has(k) ? flattenArgs(ev, def.file, [ref]).filter((a) => a.av.t === 'fn').map((a) => ({ av: a.av, hook: k })) : []));
  }
  if (def.t === 'fn') {
    // (its body may register hooks itself: `role(name) { onBeforeHandle(check) }`)
    const s = ev.summary(def.file, def.id);
    const returned = (s?.returns ?? []).map((r) => ev.eval(def.file, r)).filter((x) => x.t === 'object');
    return [{ av: def, hook: 'beforeHandle' }, ...returned.flatMap((o) => macroFns(ev, o, depth + 1))];
  }
  return [];
}
