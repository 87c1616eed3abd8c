/**
 * hapi (@hapi/hapi): route objects given to `server.route({...})` / `server.route([...])` (also
 * tables kept in other modules), `method` arrays and `'*'`, `{id}` / `{id?}` / `{path*}` path
 * parameters, plugins (`{ name, register }`, `exports.plugin`, `{ plugin, options, routes: { prefix } }`,
 * arrays of them) with their route prefixes, authentication configured as data (`server.auth.strategy`,
 * `server.auth.default`, route `auth: false | 'jwt' | { strategy, mode, scope, access }`), lifecycle
 * extensions (`server.ext('onPreAuth', fn)`, also sandboxed to a plugin, and route `ext`), route
 * prerequisites (`pre: [{ method, assign }]`), `validate` as input validation, rate limit plugins
 * (`hapi-rate-limit`, `hapi-rate-limitor`) and the route's `plugins` settings that turn them off or on,
 * and `cors` settings (server-wide `routes.cors` or per route) linked to the routes they cover.
 */
import type { ValueRef, Loc } from '../types';
import type { AV, Evaluator, RouterObject, RouterOp } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import { collectRouterOps, joinPath, pathIn, bypasses, methodBypassed } from './routerOps';

/** Lifecycle points that run before the handler, in order (authentication sits between onPreAuth and onCredentials). */
const BEFORE_AUTH = ['onRequest', 'onPreAuth'];
const AFTER_AUTH = ['onCredentials', 'onPostAuth', 'onPreHandler'];
const RATE_LIMIT = /^hapi-rate-limit$|^hapi-rate-limitor$|^hapi-ratelimit$|^@?hapi-rate-limiter?$|^hapi-pino-rate-limit$/;

type ObjAV = Extract<AV, { t: 'object' }>;

/** Does this workspace use hapi? (an unregistered plugin-style function is then a hapi plugin, not an Express helper) */
export function hapiWorkspace(ev: Evaluator): boolean {
  for (const r of ev.routers.values()) if (r.framework === 'hapi') return true;
  for (const f of ev.files.values()) if (f.packageDeps?.some((d) => d === '@hapi/hapi' || d === 'hapi')) return true;
  return false;
}

interface Ext {
  type: string;
  entries: RawChainEntry[];
  /** `options: { sandbox: 'plugin' }`: only the routes of the plugin that added it */
  sandbox?: string;
}

interface Realm {
  router: RouterObject;
  prefix: string;
  mounts: Loc[];
}

interface Global {
  /** `server.auth.default(...)`: the route's auth when it sets none */
  defaultAuth?: { value: AV; file: string; loc: Loc; text: string };
  /** when the default was set, in the order the server's setup runs (`opSeq`): routes added before it get none */
  defaultAuthSeq?: number;
  /** each operation's place in the order the server's setup runs (a plugin's operations where it is registered) */
  opSeq: Map<RouterOp, number>;
  /** strategy name -> scheme (`cookie`, `jwt`, a custom scheme) */
  strategies: Map<string, string>;
  exts: Ext[];
  /** rate limit plugins registered: their module and whether they cover every route by default */
  limiters: { module: string; global: boolean; loc: Loc; file: string }[];
}

export function hapiRoutes(ev: Evaluator): RawRoute[] {
  collectRouterOps(ev);
  if (!hapiWorkspace(ev)) return [];
  const all = [...ev.routers.values()].filter((r) => !r.aliasOf);
  const apps = all.filter((r) => r.framework === 'hapi' && !r.plugin);
  const plugins = all.filter((r) => r.plugin && (r.framework === 'plugin' || r.framework === 'hapi'));
  // every realm reachable from a server, and plugins nobody registers (loaded by a manifest, glue, a loop)
  const realms: Realm[] = [];
  const reached = new Set<string>();
  const opSeq = new Map<RouterOp, number>();
  const walk = (r: RouterObject, prefix: string, mounts: Loc[], depth: number) => {
    if (reached.has(r.id) || depth > 12) return;
    reached.add(r.id);
    if (r.framework === 'plugin') r.framework = 'hapi';
    realms.push({ router: r, prefix, mounts });
    for (const op of r.ops) {
      opSeq.set(op, opSeq.size);
      if (op.method !== 'register') continue;
      const loc: Loc = { file: op.file, ...op.pos };
      for (const reg of registrations(ev, op)) if (reg.router) walk(reg.router, joinPath(prefix, reg.prefix), [...mounts, loc], depth + 1);
    }
  };
  for (const app of apps) walk(app, '', [], 0);
  const mountKnown = new Set(reached);
  for (const p of plugins) if (!reached.has(p.id) && p.ops.some((o) => o.method === 'route' || o.method === 'register')) walk(p, '', [], 0);

  const g: Global = { strategies: new Map(), exts: [], limiters: [], opSeq };
  for (const { router } of realms) collectGlobal(ev, router, g);
  const out: RawRoute[] = [];
  for (const realm of realms) {
    const sandboxed = ownExts(ev, realm.router).filter((e) => e.sandbox === 'plugin');
    const serverCors = realm.router.createdWith ? serverRouteDefaults(ev, realm.router) : undefined;
    for (const op of realm.router.ops) {
      if (op.method !== 'route' || !op.args[0]) continue;
      for (const def of routeObjects(ev, op)) {
        const built = buildRoutes(ev, g, realm, op, def, [...g.exts.filter((e) => e.sandbox !== 'plugin'), ...sandboxed], serverCors ?? appCors(ev, apps), mountKnown.has(realm.router.id));
        out.push(...built);
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ values

/** Source-like text of a small literal value (`{ strategy: 'jwt', mode: 'try' }`). */
function shortText(v: ValueRef, depth = 0): string {
  if (depth > 3) return '…';
  if (v.k === 'lit') return typeof v.value === 'string' ? `'${v.value}'` : String(v.value);
  if (v.k === 'array') return `[${v.items.map((i) => shortText(i, depth + 1)).join(', ')}]`;
  if (v.k === 'object') return `{ ${Object.entries(v.props).map(([k, x]) => `${k}: ${shortText(x, depth + 1)}`).join(', ')} }`;
  return refText(v);
}

/** A property of an object value, also one spread into it from elsewhere (`{ ...controller, method, path }`). */
function prop(ev: Evaluator, o: AV | undefined, key: string, depth = 0): AV | undefined {
  if (!o || o.t !== 'object') return undefined;
  if (Object.hasOwn(o.props, key)) return ev.eval(o.file, o.props[key]);
  if (depth > 3) return undefined;
  // later spreads win, as in the object literal
  for (const k of Object.keys(o.props).filter((x) => x.startsWith('...')).reverse()) {
    const found = prop(ev, ev.eval(o.file, o.props[k]), key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The ValueRef written for a property (for names and evidence), also through a spread. */
function propRef(ev: Evaluator, o: AV | undefined, key: string, depth = 0): ValueRef | undefined {
  if (!o || o.t !== 'object') return undefined;
  if (Object.hasOwn(o.props, key)) return o.props[key];
  if (depth > 3) return undefined;
  for (const k of Object.keys(o.props).filter((x) => x.startsWith('...')).reverse()) {
    const found = propRef(ev, ev.eval(o.file, o.props[k]), key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function hasProp(ev: Evaluator, o: AV | undefined, key: string): boolean {
  return propRef(ev, o, key) !== undefined;
}

function litOf(v: AV | undefined): string | number | boolean | null | undefined {
  return v?.t === 'lit' ? v.value : undefined;
}

function strings(v: AV | undefined): string[] {
  if (!v) return [];
  if (v.t === 'lit' && typeof v.value === 'string') return [v.value];
  if (v.t === 'array') return v.items.flatMap(strings);
  return [];
}

/** `{id}` -> `:id`, `{id?}` -> `:id?`, `{path*}` / `{parts*2}` -> `:path*` */
export function hapiPath(p: string): string {
  return p.replace(/\{(\w+)(\?|\*\d*)?\}/g, (_m, name: string, mod?: string) => `:${name}${mod ? (mod[0] === '*' ? '*' : '?') : ''}`);
}

/** Plugins a `server.register(...)` call registers, with the prefix its routes get (or the library it is). */
function registrations(ev: Evaluator, op: RouterOp): { router?: RouterObject; lib?: string; options?: AV; prefix: string }[] {
  const second = op.args[1] ? ev.eval(op.file, op.args[1]) : undefined;
  const outerPrefix = strings(prop(ev, prop(ev, second, 'routes'), 'prefix'))[0] ?? '';
  const out: { router?: RouterObject; lib?: string; options?: AV; prefix: string }[] = [];
  const visit = (av: AV, prefix: string, options: AV | undefined, depth: number) => {
    if (depth > 5) return;
    if (av.t === 'array') {
      for (const i of av.items) visit(i, prefix, options, depth + 1);
      return;
    }
    if (av.t === 'module') {
      // `require('./plugins/admin')` of a module with `exports.plugin = {...}`, a default export, or
      // (hapi before v17) `exports.register = function (server, options, next) {...}`
      const p = ev.evalExport(av.file, 'plugin', 0);
      if (p.t !== 'unknown') return visit(p, prefix, options, depth + 1);
      const legacy = ev.evalExport(av.file, 'register', 0);
      if (legacy.t === 'fn') {
        out.push({ router: ev.pluginRouter(legacy.file, legacy.id, 'hapi'), options, prefix });
        return;
      }
      visit(ev.evalExport(av.file, 'default', 0), prefix, options, depth + 1);
      return;
    }
    if (av.t === 'ext' || av.t === 'extcall') {
      out.push({ lib: av.module, options, prefix });
      return;
    }
    if (av.t !== 'object') return;
    const inner = prop(ev, av, 'plugin');
    if (inner) {
      // `{ plugin, options, routes: { prefix } }`
      const own = strings(prop(ev, prop(ev, av, 'routes'), 'prefix'))[0];
      visit(inner, own ?? prefix, prop(ev, av, 'options') ?? options, depth + 1);
      return;
    }
    let reg = prop(ev, av, 'register');
    for (let i = 0; i < 3 && reg?.t === 'wrapped'; i++) reg = reg.inner;
    if (reg?.t === 'fn') out.push({ router: ev.pluginRouter(reg.file, reg.id, 'hapi'), options, prefix });
    // hapi before v17: `{ register: require('good'), options }` names the plugin in `register`
    else if (reg && (reg.t === 'ext' || reg.t === 'extcall' || reg.t === 'module' || reg.t === 'object')) {
      const own = strings(prop(ev, prop(ev, av, 'routes'), 'prefix'))[0];
      visit(reg, own ?? prefix, prop(ev, av, 'options') ?? options, depth + 1);
    }
  };
  visit(ev.eval(op.file, op.args[0]), outerPrefix, undefined, 0);
  return out;
}

/** Route objects of one `server.route(...)` call, with the file each is written in. */
function routeObjects(ev: Evaluator, op: RouterOp): ObjAV[] {
  const out: ObjAV[] = [];
  const visit = (av: AV, depth: number) => {
    if (depth > 4) return;
    if (av.t === 'array') for (const i of av.items) visit(i, depth + 1);
    else if (av.t === 'object') out.push(av);
    else if (av.t === 'module') visit(ev.evalExport(av.file, 'default', 0), depth + 1);
  };
  visit(ev.eval(op.file, op.args[0]), 0);
  return out;
}

// ------------------------------------------------------------------ server-wide settings

function collectGlobal(ev: Evaluator, r: RouterObject, g: Global) {
  for (const op of r.ops) {
    const loc: Loc = { file: op.file, ...op.pos };
    if (op.method === 'auth.default' && op.args[0]) {
      g.defaultAuth = { value: ev.eval(op.file, op.args[0]), file: op.file, loc, text: `server.auth.default(${shortText(op.args[0])})` };
      g.defaultAuthSeq = g.opSeq.get(op);
    } else if (op.method === 'auth.strategy' && op.args[0]) {
      const name = litOf(ev.eval(op.file, op.args[0]));
      const scheme = op.args[1] ? litOf(ev.eval(op.file, op.args[1])) : undefined;
      if (typeof name === 'string') g.strategies.set(name, typeof scheme === 'string' ? scheme : '?');
      // hapi before v17: `server.auth.strategy('session', 'cookie', true | 'required' | 'try', {...})` also sets the default
      const mode = op.args.length >= 4 ? litOf(ev.eval(op.file, op.args[2])) : undefined;
      if (typeof name === 'string' && (mode === true || mode === 'required' || mode === 'try' || mode === 'optional') && !g.defaultAuth) {
        const value: AV = mode === true || mode === 'required' ? { t: 'lit', value: name } : { t: 'object', file: op.file, props: { strategy: { k: 'lit', value: name }, mode: { k: 'lit', value: mode } } };
        g.defaultAuth = { value, file: op.file, loc, text: `server.auth.strategy('${name}', ${typeof scheme === 'string' ? `'${scheme}'` : '…'}, ${JSON.stringify(mode).replace(/"/g, "'")})` };
      }
    } else if (op.method === 'ext') {
      g.exts.push(...extsOf(ev, op));
    } else if (op.method === 'register') {
      for (const reg of registrations(ev, op)) {
        if (!reg.lib || !RATE_LIMIT.test(reg.lib)) continue;
        // hapi-rate-limit / hapi-rate-limitor cover every route unless registered with `enabled: false`
        g.limiters.push({ module: reg.lib, global: litOf(prop(ev, reg.options, 'enabled')) !== false, loc, file: op.file });
      }
    }
  }
}

function ownExts(ev: Evaluator, r: RouterObject): Ext[] {
  return r.ops.filter((op) => op.method === 'ext').flatMap((op) => extsOf(ev, op));
}

/** `server.ext('onPreAuth', fn, { sandbox })`, `server.ext({ type, method, options })`, `server.ext([...])` */
function extsOf(ev: Evaluator, op: RouterOp): Ext[] {
  const loc: Loc = { file: op.file, ...op.pos };
  const first = ev.eval(op.file, op.args[0]);
  const make = (type: string, method: AV, ref: ValueRef | undefined, file: string, options: AV | undefined): Ext => {
    const methods = method.t === 'array' ? method.items : [method];
    const entries = methods.map((m, i) => {
      const text = ref && ref.k !== 'fn' && ref.k !== 'array' ? refText(ref) : ref?.k === 'fn' && ref.name ? ref.name : `${type} extension (${op.file})`;
      return { av: m, text: methods.length > 1 ? `${text}[${i}]` : text, registeredAt: loc, file };
    });
    const sandbox = litOf(prop(ev, options, 'sandbox'));
    return { type, entries, ...(typeof sandbox === 'string' ? { sandbox } : {}) };
  };
  if (first.t === 'lit' && typeof first.value === 'string') {
    if (!op.args[1]) return [];
    return [make(first.value, ev.eval(op.file, op.args[1]), op.args[1], op.file, op.args[2] ? ev.eval(op.file, op.args[2]) : undefined)];
  }
  const objs = first.t === 'array' ? first.items : [first];
  const out: Ext[] = [];
  for (const o of objs) {
    if (o.t !== 'object') continue;
    const type = litOf(prop(ev, o, 'type'));
    const method = prop(ev, o, 'method');
    if (typeof type === 'string' && method) out.push(make(type, method, o.props.method, o.file, prop(ev, o, 'options')));
  }
  return out;
}

/** The server's `routes` defaults (`Hapi.server({ routes: { cors } })`). */
function serverRouteDefaults(ev: Evaluator, r: RouterObject): RawChainEntry | undefined {
  const opts = r.createdWith?.[0] ? ev.eval(r.file, r.createdWith[0]) : undefined;
  const routes = prop(ev, opts, 'routes');
  return corsEntry(ev, routes, 'server routes.cors');
}

/** A plugin's routes get the CORS defaults of the server it is registered on (one server: its settings). */
function appCors(ev: Evaluator, apps: RouterObject[]): RawChainEntry | undefined {
  for (const a of apps) {
    const e = serverRouteDefaults(ev, a);
    if (e) return e;
  }
  return undefined;
}

/** `{ cors: {...} | true }` held by `holder` (server `routes` or route `options`): an entry whose site is the holder object */
function corsEntry(ev: Evaluator, holder: AV | undefined, text: string): RawChainEntry | undefined {
  if (!holder || holder.t !== 'object' || !holder.pos || !Object.hasOwn(holder.props, 'cors')) return undefined;
  const v = prop(ev, holder, 'cors');
  if (v?.t === 'lit' && !v.value) return undefined;
  const loc: Loc = { file: holder.file, ...holder.pos };
  return { av: { t: 'extcall', module: '@hapi/hapi', path: ['cors'], args: [], file: holder.file, pos: holder.pos, text: 'cors' }, text, registeredAt: loc, file: holder.file, roles: ['cors'], why: 'hapi cors settings' };
}

// ------------------------------------------------------------------ one route object

function buildRoutes(ev: Evaluator, g: Global, realm: Realm, op: RouterOp, def: ObjAV, exts: Ext[], cors: RawChainEntry | undefined, mountKnown: boolean): RawRoute[] {
  const pathRef = propRef(ev, def, 'path');
  const pathV = pathRef ? prop(ev, def, 'path') : undefined;
  const rawPath = pathRef ? (Object.hasOwn(def.props, 'path') ? pathIn(ev, def.file, pathRef) : pathV?.t === 'lit' && typeof pathV.value === 'string' ? pathV.value : null) : null;
  if (rawPath === null) return [];
  const methodAV = prop(ev, def, 'method');
  const methods = strings(methodAV).map((m) => m.toUpperCase()).flatMap((m) => (m === '*' ? ['ALL'] : [m]));
  if (!methods.length) return [];
  const options = prop(ev, def, 'options') ?? prop(ev, def, 'config');
  let handlerAV = prop(ev, def, 'handler') ?? prop(ev, options, 'handler');
  if (!handlerAV) return [];
  const handlerRef = propRef(ev, def, 'handler') ?? propRef(ev, options, 'handler');
  let handlerText = handlerRef ? refText(handlerRef) : 'handler';
  // `handler: { directory: { path: 'public' } }`, `{ file: 'index.html' }`: static files served by @hapi/inert
  if (handlerAV.t === 'object') {
    handlerText = Object.hasOwn(handlerAV.props, 'directory') || Object.hasOwn(handlerAV.props, 'file') ? 'static files (@hapi/inert)' : handlerText;
    handlerAV = { t: 'unknown', text: handlerText };
  }
  // the line of `server.route({` for a route written in the call, else the route object's `{`
  const inline = op.args[0]?.k === 'object' && op.file === def.file;
  const loc: Loc = inline || !def.pos ? { file: op.file, ...op.pos } : { file: def.file, ...def.pos };
  const at: Loc = loc;
  const path = joinPath(realm.prefix, hapiPath(rawPath));

  const chain: RawChainEntry[] = [];
  const routeExt = prop(ev, options, 'ext');
  const extEntries = (types: string[]) => {
    const entries: RawChainEntry[] = [];
    for (const t of types) {
      for (const e of exts) if (e.type === t) entries.push(...e.entries);
      // route-level `ext: { onPreHandler: { method } }`
      const own = prop(ev, routeExt, t);
      for (const x of own?.t === 'array' ? own.items : own ? [own] : []) {
        const m = prop(ev, x, 'method');
        if (m) entries.push({ av: m, text: `${t} extension (route)`, registeredAt: at, file: def.file });
      }
    }
    return entries;
  };
  // a route's own `cors` replaces the server's
  const ownCors = corsEntry(ev, options, 'route cors');
  const hasOwnCors = hasProp(ev, options, 'cors');
  if (ownCors) chain.push(ownCors);
  else if (cors && !hasOwnCors) chain.push(cors);
  // rate limits: a plugin registered for every route unless the route turns it off, or one the route turns on
  const routePlugins = prop(ev, options, 'plugins');
  for (const l of g.limiters) {
    const setting = prop(ev, routePlugins, l.module);
    const enabled = litOf(prop(ev, setting, 'enabled'));
    const on = setting && setting.t === 'lit' ? !!setting.value : enabled === false ? false : setting ? true : l.global;
    if (on) chain.push({ av: { t: 'ext', module: l.module, path: [] }, text: l.module, registeredAt: l.loc, file: l.file, roles: ['rate-limit'], why: `${l.module} plugin` });
  }
  chain.push(...extEntries(BEFORE_AUTH));
  // authentication and authorization, as configured
  const authRef = propRef(ev, options, 'auth');
  const routeAuth = authRef ? { value: prop(ev, options, 'auth')!, file: def.file, loc: at, text: `auth: ${shortText(authRef)}` } : undefined;
  let publicReason: string | undefined;
  // (the default applies to the routes added after `server.auth.default()` runs: a plugin registered before the one
  // that sets it, `await server.register(stats); await server.register(auth)`, keeps routes with no auth at all)
  const seq = g.opSeq.get(op);
  const defaultApplies = g.defaultAuthSeq === undefined || seq === undefined || seq > g.defaultAuthSeq;
  const authSetting = routeAuth ?? (defaultApplies ? g.defaultAuth : undefined);
  if (authSetting) {
    const a = authSetting.value;
    if (a.t === 'lit' && a.value === false) {
      if (routeAuth) publicReason = 'marked public (auth: false)';
    } else {
      const entries = authEntries(ev, g, a, authSetting, routeAuth ? g.defaultAuth : undefined);
      chain.push(...entries);
    }
  }
  chain.push(...extEntries(AFTER_AUTH.slice(0, 1)));
  chain.push(...extEntries(AFTER_AUTH.slice(1, 2)));
  // validation of the request's data
  const validate = prop(ev, options, 'validate');
  if (validate?.t === 'object') {
    const keys = ['payload', 'query', 'params', 'headers'].filter((k) => {
      const v = prop(ev, validate, k);
      return v && !(v.t === 'lit' && (v.value === null || v.value === true || v.value === false));
    });
    const bodyMethod = methods.some((m) => m !== 'GET' && m !== 'HEAD' && m !== 'DELETE' && m !== 'OPTIONS');
    // (`failAction: 'log'` or `'ignore'` hands the request on to the handler whatever the schema says: nothing is enforced)
    const failAction = litOf(prop(ev, validate, 'failAction'));
    const enforced = failAction !== 'log' && failAction !== 'ignore';
    if (enforced && (keys.includes('payload') || (keys.length && !bodyMethod))) chain.push({ av: { t: 'unknown', text: 'validate' }, text: `validate (${keys.join(', ')})`, registeredAt: at, file: def.file, roles: ['validation'], why: 'hapi route validate' });
  }
  // a multipart upload (`payload: { output: 'stream', multipart: true }`): its parts are files bounded by the
  // payload settings, stored as such (unrestricted-upload judges those settings), not a record to validate
  const payloadCfg = prop(ev, options, 'payload');
  const multipart = prop(ev, payloadCfg, 'multipart');
  const output = litOf(prop(ev, payloadCfg, 'output'));
  if (multipart && !(multipart.t === 'lit' && !multipart.value) && (output === 'stream' || output === 'file')) {
    chain.push({ av: { t: 'unknown', text: 'payload' }, text: `payload (multipart, output '${output}')`, registeredAt: at, file: def.file, roles: ['validation'], why: 'hapi multipart file upload' });
  }
  chain.push(...extEntries(AFTER_AUTH.slice(2)));
  // route prerequisites run in order before the handler: `pre: [{ method, assign }, fn, [parallel...]]`
  const pre = prop(ev, options, 'pre');
  const preItems = (v: AV | undefined): AV[] => (!v ? [] : v.t === 'array' ? v.items.flatMap(preItems) : [v]);
  for (const p of preItems(pre)) {
    const method = p.t === 'object' ? prop(ev, p, 'method') : p;
    if (!method || method.t === 'object') continue;
    const assign = p.t === 'object' ? litOf(prop(ev, p, 'assign')) : undefined;
    const name = method.t === 'fn' ? ev.summary(method.file, method.id)?.name : undefined;
    chain.push({ av: method, text: name || (typeof assign === 'string' ? `pre ${assign}` : 'pre method'), registeredAt: at, file: def.file, ...(typeof assign === 'string' ? { assigns: `pre.${assign}` } : {}) });
  }
  // an extension or prerequisite that lets some paths or methods through unchecked (`if (request.path.startsWith('/public')) return h.continue`)
  const gated = chain.filter((e) => e.roles || !bypasses(ev, e.av, path));
  return [...new Set(methods)].map((method) => ({
    framework: 'hapi' as RawRoute['framework'], method, path, loc, handler: handlerAV!, handlerText, handlerFile: def.file,
    chain: gated.filter((e) => e.roles || !methodBypassed(ev, e.av, method)), mounts: realm.mounts, mountKnown, style: 'express' as const,
    ...(publicReason ? { publicReason } : {}),
  }));
}

/**
 * The chain entries an auth setting makes: a strategy (named, or the default's) authenticates unless its
 * mode is `try` / `optional`; `scope` / `access.scope` is a role check.
 */
function authEntries(ev: Evaluator, g: Global, a: AV, setting: { file: string; loc: Loc; text: string }, fallback: Global['defaultAuth']): RawChainEntry[] {
  const out: RawChainEntry[] = [];
  const base = { registeredAt: setting.loc, file: setting.file };
  let strategies = strings(a);
  let mode: string | undefined;
  let scopes: string[] = [];
  if (a.t === 'object') {
    strategies = [...strings(prop(ev, a, 'strategy')), ...strings(prop(ev, a, 'strategies'))];
    const m = litOf(prop(ev, a, 'mode'));
    if (typeof m === 'string') mode = m;
    scopes = strings(prop(ev, a, 'scope'));
    const access = prop(ev, a, 'access');
    for (const acc of access?.t === 'array' ? access.items : access ? [access] : []) scopes.push(...strings(prop(ev, acc, 'scope')));
  }
  let named = setting;
  if (!strategies.length && fallback) {
    named = fallback;
    // a route that sets only `mode` or `scope` keeps the default strategy (and its mode unless it sets one)
    const d = fallback.value;
    if (d.t === 'lit' && typeof d.value === 'string') strategies = [d.value];
    else if (d.t === 'object') {
      strategies = [...strings(prop(ev, d, 'strategy')), ...strings(prop(ev, d, 'strategies'))];
      const m = litOf(prop(ev, d, 'mode'));
      if (!mode && typeof m === 'string') mode = m;
    }
  }
  const schemes = strategies.map((s) => g.strategies.get(s)).filter((x): x is string => !!x && x !== '?');
  const desc = strategies.length ? `hapi auth strategy ${strategies.map((s) => `'${s}'`).join(', ')}${schemes.length ? ` (${schemes.join(', ')})` : ''}` : 'hapi auth';
  if (strategies.length || a.t === 'lit') {
    const text = named === setting || mode === undefined ? named.text : `${named.text} (mode '${mode}')`;
    if (mode === 'try' || mode === 'optional') {
      out.push({ av: { t: 'unknown', text }, text, ...base, roles: [], why: `${desc}, mode '${mode}' (not a gate)` });
    } else {
      out.push({ av: { t: 'unknown', text }, text, ...base, roles: ['auth'], why: desc });
    }
  }
  if (scopes.length) {
    const names = scopes.filter((s) => !s.startsWith('!')).map((s) => s.replace(/^\+/, ''));
    const text = `auth scope ${scopes.map((x) => `'${x}'`).join(', ')}`;
    out.push({ av: { t: 'unknown', text }, text, ...base, roles: ['role'], why: 'hapi auth scope', roleNames: names });
  }
  return out;
}
