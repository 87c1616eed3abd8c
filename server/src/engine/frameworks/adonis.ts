/**
 * AdonisJS (v5 and v6): routes registered on the router service (`start/routes.ts`):
 * `router.get/post/put/patch/delete/any(path, handler)` and `router.route(path, methods, handler)`,
 * handlers written as `[Controller, 'method']` (the controller imported, or lazily:
 * `const C = () => import('#controllers/c')`), as a v5 string (`'InvoicesController.show'`, under
 * `app/Controllers/Http`) or inline; `router.resource(name, C)` with `.only/.except/.apiOnly` expanded to
 * its REST routes; groups (`router.group(() => {...}).prefix('/api').use(...)`, v5 `.middleware(...)`),
 * nested; middleware per route and per resource action; named middleware (`router.named({...})` in
 * `start/kernel.ts`, v5 `Server.middleware.registerNamed({...})` with `'auth:api'` strings), and
 * the global ones (`server.use([...])`, `router.use([...])`, v5 `Server.middleware.register([...])`)
 * in the order they run: server, router, outer groups first, the route's own. A middleware class
 * stands for its `handle` method; `@adonisjs/limiter` throttles rate limit, `@adonisjs/cors`'s
 * middleware applies `config/cors.ts`.
 */
import { isUnread } from '../facts/inert';
import type { ValueRef, Loc, RouterCallFact } from '../types';
import { importsFrom } from './importScan';
import type { AV, Evaluator } from '../model/values';
import { refText } from '../model/values';
import type { Classifier } from '../model/classify';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import { joinPath } from './routerOps';
import { ADONIS_ROUTER_MODULE } from '../facts/vocabulary';
import { lookupTable } from '../lookupTable';

const VERBS: Record<string, string[]> = lookupTable({ get: ['GET'], post: ['POST'], put: ['PUT'], patch: ['PATCH'], delete: ['DELETE'], any: ['ALL'] });
/** the REST actions of a resource, in Adonis's order */
const RESOURCE: { action: string; methods: string[]; suffix: string; member: boolean }[] = [
  { action: 'index', methods: ['GET'], suffix: '', member: false },
  { action: 'create', methods: ['GET'], suffix: '/create', member: false },
  { action: 'store', methods: ['POST'], suffix: '', member: false },
  { action: 'show', methods: ['GET'], suffix: '', member: true },
  { action: 'edit', methods: ['GET'], suffix: '/edit', member: true },
  { action: 'update', methods: ['PUT', 'PATCH'], suffix: '', member: true },
  { action: 'destroy', methods: ['DELETE'], suffix: '', member: true },
];
const ROLE_OPTION = /role|permission|scope|abilit|polic|admin|privilege/i;

/** One chained expression on the router: `router.get(p, h).use(m).as('x')` as its calls in order. */
interface Segment {
  method: string;
  args: ValueRef[];
  pos: import('../types').Pos;
}
interface Chain {
  file: string;
  segments: Segment[];
  /** the function the expression is written in (a group's callback, or the module) */
  inFunction: number;
  root: string;
  /** registered through v5's IoC aliases (`@ioc:Adonis/Core/Route`) */
  v5: boolean;
}

interface Group {
  prefix: string;
  middleware: RawChainEntry[];
  parent?: string;
  /** v5 `.namespace('App/Controllers/Http/Admin')`: where its string controllers live */
  namespace?: string;
}

/** Does this workspace use AdonisJS? */
function adonisWorkspace(ev: Evaluator): boolean {
  for (const f of ev.files.values()) if (f.packageDeps?.some((d) => d === '@adonisjs/core')) return true;
  // (an inert file's imports are read only when something needs them: a file that registers routes is never inert)
  for (const f of ev.files.values()) if (!isUnread(f) && importsFrom(f, ADONIS_ROUTER_MODULE)) return true;
  return false;
}


/** The chain an outermost call makes, from the service it starts on. */
function chainOf(file: string, rc: RouterCallFact): Chain | null {
  const segs: Segment[] = [{ method: rc.method, args: rc.args, pos: rc.pos }];
  let cur: ValueRef = rc.receiver;
  for (let i = 0; i < 16 && cur.k === 'call' && cur.callee.k === 'member'; i++) {
    segs.unshift({ method: cur.callee.prop, args: cur.args, pos: cur.pos });
    cur = cur.callee.object;
  }
  // `Server.middleware.register([...])`
  let root = cur;
  const path: string[] = [];
  while (root.k === 'member') {
    path.unshift(root.prop);
    root = root.object;
  }
  if (root.k !== 'import' || !ADONIS_ROUTER_MODULE.test(root.source)) return null;
  const service = /server|Server$/.test(root.source) ? 'server' : 'router';
  return { file, segments: segs, inFunction: rc.inFunction, root: [service, ...path].join('.'), v5: root.source.startsWith('@ioc:') };
}

export function adonisRoutes(ev: Evaluator, classifier: Classifier): RawRoute[] {
  if (!adonisWorkspace(ev)) return [];
  // every chain, keyed by where its first call is; the longest holds all the others
  const chains = new Map<string, Chain>();
  for (const [file, f] of ev.files) {
    for (const rc of f.routerCalls) {
      const c = chainOf(file, rc);
      if (!c) continue;
      const head = c.segments[0].pos;
      const key = `${file}:${head.line}:${head.column}:${c.root}`;
      const had = chains.get(key);
      if (!had || had.segments.length < c.segments.length) chains.set(key, c);
    }
  }
  const ctx = new Ctx(ev, classifier, [...chains.values()]);
  const out: RawRoute[] = [];
  for (const c of ctx.chains) {
    if (c.root !== 'router') continue;
    const first = c.segments[0];
    if (first.method === 'resource' || first.method === 'shallowResource') out.push(...ctx.resourceRoutes(c));
    else if (VERBS[first.method] || first.method === 'route') out.push(...ctx.verbRoutes(c));
  }
  return out;
}

class Ctx {
  /** group callbacks (`file#fn`) -> their prefix, middleware and the group around them */
  private readonly groups = new Map<string, Group>();
  private readonly global: RawChainEntry[] = [];
  /** v5 named middleware: name -> the lazy import */
  private readonly named = new Map<string, { file: string; ref: ValueRef }>();

  constructor(readonly ev: Evaluator, readonly classifier: Classifier, readonly chains: Chain[]) {
    for (const c of chains) {
      const first = c.segments[0];
      if (c.root === 'server.middleware' && first.method === 'registerNamed' && first.args[0]?.k === 'object') {
        for (const [k, v] of Object.entries(first.args[0].props)) this.named.set(k, { file: c.file, ref: v });
      }
    }
    // global middleware: the server's first, then the router's
    const serverMw = chains.filter((c) => (c.root === 'server' && c.segments[0].method === 'use') || (c.root === 'server.middleware' && c.segments[0].method === 'register'));
    const routerMw = chains.filter((c) => c.root === 'router' && c.segments.length === 1 && c.segments[0].method === 'use');
    for (const c of [...serverMw, ...routerMw]) this.global.push(...this.middlewareOf(c.file, c.segments[0].args, c.segments[0].pos));
    // v5 applies `config/cors.ts` itself, before any middleware (v6 through `@adonisjs/cors`'s middleware above)
    const cors = chains.some((c) => c.v5) && !this.global.some((e) => e.roles?.includes('cors')) ? this.corsSite() : undefined;
    if (cors?.t === 'extcall') this.global.unshift({ av: cors, text: 'config/cors.ts', registeredAt: { file: cors.file, ...cors.pos }, file: cors.file, roles: ['cors'], why: 'AdonisJS CORS (config/cors.ts)' });
    for (const c of chains) {
      const first = c.segments[0];
      if (c.root !== 'router' || first.method !== 'group' || first.args[0]?.k !== 'fn') continue;
      const g: Group = { prefix: '', middleware: [], parent: c.inFunction ? `${c.file}#${c.inFunction}` : undefined };
      for (const s of c.segments.slice(1)) {
        if (s.method === 'prefix' && s.args[0]?.k === 'lit') g.prefix = joinPath(g.prefix, String(s.args[0].value));
        else if (s.method === 'use' || s.method === 'middleware') g.middleware.push(...this.middlewareOf(c.file, s.args, s.pos));
        else if (s.method === 'namespace' && s.args[0]?.k === 'lit' && typeof s.args[0].value === 'string') g.namespace = s.args[0].value;
      }
      this.groups.set(`${c.file}#${first.args[0].id}`, g);
    }
  }

  /** The groups a registration made in `fn` of `file` sits in, outermost first. */
  private groupsOf(file: string, fn: number): Group[] {
    const out: Group[] = [];
    let key: string | undefined = fn ? `${file}#${fn}` : undefined;
    for (let i = 0; i < 12 && key; i++) {
      const g = this.groups.get(key);
      if (!g) break;
      out.unshift(g);
      key = g.parent;
    }
    return out;
  }

  private base(c: Chain): { prefix: string; chain: RawChainEntry[] } {
    const gs = this.groupsOf(c.file, c.inFunction);
    // the innermost namespace, or the route's own
    const own = c.segments.slice(1).find((s) => s.method === 'namespace' && s.args[0]?.k === 'lit');
    this.namespace = own?.args[0]?.k === 'lit' ? String(own.args[0].value) : [...gs].reverse().find((g) => g.namespace)?.namespace;
    return { prefix: gs.reduce((p, g) => joinPath(p, g.prefix), ''), chain: [...this.global, ...gs.flatMap((g) => g.middleware)] };
  }

  /** the v5 controller namespace of the registration being read */
  private namespace: string | undefined;

  verbRoutes(c: Chain): RawRoute[] {
    const first = c.segments[0];
    let methods = VERBS[first.method];
    let pathRef = first.args[0];
    let handlerRef = first.args[1];
    if (first.method === 'route') {
      // `router.route('/x', ['GET', 'POST'], handler)`
      const ms = first.args[1];
      methods = ms?.k === 'array' ? ms.items.flatMap((m) => (m.k === 'lit' && typeof m.value === 'string' ? [m.value.toUpperCase()] : [])) : [];
      handlerRef = first.args[2];
    }
    if (!methods?.length || !pathRef || pathRef.k !== 'lit' || typeof pathRef.value !== 'string' || !handlerRef) return [];
    const { prefix, chain } = this.base(c);
    let path = joinPath(prefix, pathRef.value);
    const own: RawChainEntry[] = [];
    for (const s of c.segments.slice(1)) {
      if (s.method === 'use' || s.method === 'middleware') own.push(...this.middlewareOf(c.file, s.args, s.pos));
      else if (s.method === 'prefix' && s.args[0]?.k === 'lit') path = joinPath(String(s.args[0].value), path);
    }
    const handler = this.handlerOf(c.file, handlerRef);
    const loc: Loc = { file: c.file, ...first.pos };
    return methods.map((method) => this.raw(method, path, loc, handler, [...chain, ...own]));
  }

  resourceRoutes(c: Chain): RawRoute[] {
    const first = c.segments[0];
    const nameRef = first.args[0];
    const ctrlRef = first.args[1];
    if (nameRef?.k !== 'lit' || typeof nameRef.value !== 'string' || !ctrlRef) return [];
    // `posts.comments`: /posts/:post_id/comments/:id
    const parts = nameRef.value.split('.').filter(Boolean);
    let resPath = '';
    parts.forEach((p, i) => {
      resPath = joinPath(resPath, p);
      if (i < parts.length - 1) resPath = joinPath(resPath, `:${singular(p)}_id`);
    });
    let actions = RESOURCE.map((r) => r.action);
    const perAction: { actions: string[] | '*'; entries: RawChainEntry[] }[] = [];
    for (const s of c.segments.slice(1)) {
      const names = (v: ValueRef | undefined) => (v?.k === 'array' ? v.items : v ? [v] : []).flatMap((x) => (x.k === 'lit' && typeof x.value === 'string' ? [x.value] : []));
      if (s.method === 'only') actions = actions.filter((a) => names(s.args[0]).includes(a));
      else if (s.method === 'except') actions = actions.filter((a) => !names(s.args[0]).includes(a));
      else if (s.method === 'apiOnly') actions = actions.filter((a) => a !== 'create' && a !== 'edit');
      else if (s.method === 'use' || s.method === 'middleware') {
        const a0 = s.args[0];
        if (s.method === 'middleware' && a0?.k === 'object') {
          // v5 `.middleware({ '*': ['auth'], store: ['acl:admin'] })`
          for (const [k, v] of Object.entries(a0.props)) perAction.push({ actions: k === '*' ? '*' : [k], entries: this.middlewareOf(c.file, [v], s.pos) });
        } else if (s.args.length >= 2) {
          // v6 `.use(['store', 'update'], middleware.auth())`, `.use('*', ...)`
          const acts = names(a0);
          perAction.push({ actions: acts.includes('*') ? '*' : acts, entries: this.middlewareOf(c.file, s.args.slice(1), s.pos) });
        } else perAction.push({ actions: '*', entries: this.middlewareOf(c.file, s.args, s.pos) });
      }
    }
    const { prefix, chain } = this.base(c);
    const ctrl = this.controllerOf(c.file, ctrlRef);
    const loc: Loc = { file: c.file, ...first.pos };
    const out: RawRoute[] = [];
    for (const r of RESOURCE) {
      if (!actions.includes(r.action)) continue;
      const path = joinPath(joinPath(prefix, resPath), (r.member ? '/:id' : '') + r.suffix);
      const own = perAction.filter((p) => p.actions === '*' || p.actions.includes(r.action)).flatMap((p) => p.entries);
      const handler = ctrl ? this.methodOf(ctrl, r.action, `${refText(ctrlRef)}.${r.action}`) : { av: { t: 'unknown', text: r.action } as AV, text: r.action, file: c.file };
      for (const method of r.methods) out.push(this.raw(method, path, loc, handler, [...chain, ...own]));
    }
    return out;
  }

  private raw(method: string, path: string, loc: Loc, handler: { av: AV; text: string; file: string }, chain: RawChainEntry[]): RawRoute {
    return { framework: 'adonis', method, path: path.startsWith('/') ? path : '/' + path, loc, handler: handler.av, handlerText: handler.text, handlerFile: handler.file, chain, mounts: [], mountKnown: true, style: 'express' };
  }

  // ------------------------------------------------------------------ handlers

  private handlerOf(file: string, ref: ValueRef): { av: AV; text: string; file: string } {
    // `[InvoicesController, 'show']` (a controller class or a lazy import of its module)
    if (ref.k === 'array' && ref.items[0]) {
      const m = ref.items[1];
      const method = m?.k === 'lit' && typeof m.value === 'string' ? m.value : 'handle';
      const ctrl = this.controllerOf(file, ref.items[0]);
      const text = `${refText(ref.items[0])}.${method}`;
      return ctrl ? this.methodOf(ctrl, method, text) : { av: { t: 'unknown', text }, text, file };
    }
    // v5 `'InvoicesController.show'`, `'Admin/UsersController.index'`
    if (ref.k === 'lit' && typeof ref.value === 'string') {
      const m = /^([\w/]+)\.(\w+)$/.exec(ref.value);
      const ctrl = m ? this.controllerByName(m[1]) : undefined;
      return ctrl && m ? this.methodOf(ctrl, m[2], ref.value) : { av: { t: 'unknown', text: ref.value }, text: ref.value, file };
    }
    const av = this.ev.eval(file, ref);
    return { av, text: refText(ref), file: av.t === 'fn' ? av.file : file };
  }

  private methodOf(ctrl: Extract<AV, { t: 'class' }>, method: string, text: string): { av: AV; text: string; file: string } {
    const id = ctrl.methods[method];
    return id !== undefined ? { av: { t: 'fn', file: ctrl.file, id }, text, file: ctrl.file } : { av: { t: 'unknown', text }, text, file: ctrl.file };
  }

  /** A controller class: written as the class, a lazy import of its module, or the module. */
  private controllerOf(file: string, ref: ValueRef): Extract<AV, { t: 'class' }> | undefined {
    if (ref.k === 'lit' && typeof ref.value === 'string') return this.controllerByName(ref.value);
    const av = this.classOf(this.ev.eval(file, ref));
    return av?.t === 'class' ? av : undefined;
  }

  /** What a lazy import (`() => import('#middleware/auth_middleware')`) or module stands for: its default export. */
  private classOf(av: AV, depth = 0): AV | undefined {
    if (depth > 3) return undefined;
    if (av.t === 'class' || av.t === 'ext') return av;
    if (av.t === 'module') return this.classOf(this.ev.evalExport(av.file, 'default', 0), depth + 1);
    if (av.t === 'fn') {
      const s = this.ev.summary(av.file, av.id);
      const ret = s?.returns[0];
      if (s && ret && ret.k === 'import' && s.params.length === 0) {
        const target = this.ev.eval(av.file, ret);
        // a package's module (`() => import('@adonisjs/cors/cors_middleware')`)
        if (target.t === 'ext' || target.t === 'unknown') return { t: 'ext', module: ret.source, path: [] };
        return this.classOf(target, depth + 1);
      }
      return av;
    }
    return undefined;
  }

  /**
   * v5 string controllers live under `app/Controllers/Http` (matched case-insensitively), or under
   * the group's namespace (`.namespace('App/Controllers/Http/Admin')`); a full name (`App/...`) is its own path.
   */
  private controllerByName(name: string): Extract<AV, { t: 'class' }> | undefined {
    const ns = (name.startsWith('App/') ? '' : this.namespace ?? 'App/Controllers/Http').replace(/^App\//, 'app/');
    const want = (ns ? `${ns}/${name}` : name.replace(/^App\//, 'app/')).replace(/\/+/g, '/').toLowerCase();
    for (const file of this.ev.files.keys()) {
      const m = /(?:^|\/)(app\/.+)\.[cm]?[jt]s$/i.exec(file);
      if (!m || m[1].toLowerCase() !== want) continue;
      const av = this.classOf({ t: 'module', file });
      if (av?.t === 'class') return av;
    }
    return undefined;
  }

  // ------------------------------------------------------------------ middleware

  /** Chain entries of `use(...)` / `middleware(...)` arguments (arrays flattened). */
  middlewareOf(file: string, args: ValueRef[], pos: import('../types').Pos): RawChainEntry[] {
    const registeredAt: Loc = { file, ...pos };
    const out: RawChainEntry[] = [];
    const items = args.flatMap((a) => (a.k === 'array' ? a.items : [a]));
    for (const ref of items) {
      const e = this.entryOf(file, ref, registeredAt);
      if (e) out.push(e);
    }
    return out;
  }

  private entryOf(file: string, ref: ValueRef, registeredAt: Loc): RawChainEntry | undefined {
    let text = refText(ref);
    // `() => import('#middleware/container_bindings_middleware')`: named by its module
    if (ref.k === 'fn') {
      const ret = this.ev.summary(file, ref.id)?.returns[0];
      if (ret?.k === 'import') text = ret.source.split('/').pop() ?? ret.source;
    }
    // v5 named middleware by string: 'auth', 'auth:api,web', 'acl:admin'
    if (ref.k === 'lit' && typeof ref.value === 'string') {
      const [name, argText] = ref.value.split(':');
      const def = this.named.get(name);
      const target = def ? this.classOf(this.ev.eval(def.file, def.ref)) : undefined;
      const args = argText ? argText.split(',').map((x) => x.trim()).filter(Boolean) : [];
      return this.resolved(target, `'${ref.value}'`, registeredAt, file, name, args);
    }
    // v6 named middleware: `middleware.auth({ guards: ['api'] })` on the collection `router.named({...})` makes
    if (ref.k === 'call' && ref.callee.k === 'member') {
      const coll = this.ev.eval(file, ref.callee.object);
      if (coll.t === 'extcall' && ADONIS_ROUTER_MODULE.test(coll.module) && coll.path.join('.') === 'named' && coll.args[0]?.k === 'object') {
        const name = ref.callee.prop;
        const def = coll.args[0].props[name];
        const target = def ? this.classOf(this.ev.eval(coll.file, def)) : undefined;
        const opts = ref.args[0];
        const roleNames = opts?.k === 'object' ? Object.entries(opts.props).filter(([k]) => ROLE_OPTION.test(k)).flatMap(([, v]) => literalNames(v)) : [];
        return this.resolved(target, text, registeredAt, file, name, roleNames);
      }
    }
    const av = this.ev.eval(file, ref);
    // `throttle` from start/limiter.ts: `limiter.define('global', ...)`
    if ((av.t === 'extcall' || av.t === 'ext' || av.t === 'wrapped') && /^@adonisjs\/limiter(?:\/|$)/.test(av.t === 'wrapped' ? (av.wrapper.t === 'extcall' ? av.wrapper.module : '') : av.module)) {
      return { av, text, registeredAt, file, roles: ['rate-limit'], why: '@adonisjs/limiter throttle' };
    }
    // a lazy import of a middleware module (global middleware lists)
    const target = this.classOf(av);
    return this.resolved(target ?? av, text, registeredAt, file, '', []);
  }

  /** A middleware whose definition was looked up: its class's `handle`, or a package's middleware. */
  private resolved(target: AV | undefined, text: string, registeredAt: Loc, file: string, name: string, args: string[]): RawChainEntry | undefined {
    if (target?.t === 'ext') {
      const mod = target.module;
      if (/^@adonisjs\/cors(?:\/|$)/.test(mod)) return { av: this.corsSite() ?? target, text, registeredAt, file, roles: ['cors'], why: '@adonisjs/cors (config/cors.ts)' };
      if (/^@adonisjs\/limiter(?:\/|$)|throttle/.test(mod)) return { av: target, text, registeredAt, file, roles: ['rate-limit'], why: '@adonisjs/limiter throttle' };
      // body parser, session, initialize_auth / initialize_bouncer: they read and prepare, they do not gate
      if (/^@adonisjs\/|^@ioc:Adonis\//.test(mod)) return undefined;
      return { av: target, text, registeredAt, file };
    }
    let av = target;
    const cls = av?.t === 'class' ? av : undefined;
    if (cls) {
      const id = cls.methods['handle'];
      av = id !== undefined ? { t: 'fn', file: cls.file, id } : undefined;
    }
    if (!av) return { av: { t: 'unknown', text }, text, registeredAt, file };
    if (av.t !== 'fn') return { av, text, registeredAt, file };
    // what its `handle` does decides, not the name it is registered under (`silentAuth` reads the session and lets everyone through)
    const c = this.classifier.classifyFunction(av.file, av.id);
    const roles = [...c.roles];
    let why = c.why;
    // ...with the methods of its own class it calls (`await this.authenticate(auth, guards)`)
    for (const call of cls ? this.ev.summary(av.file, av.id)?.calls ?? [] : []) {
      const m = call.callee.k === 'member' && call.callee.object.k === 'global' && call.callee.object.name === 'this' ? cls!.methods[call.callee.prop] : undefined;
      if (m === undefined || m === av.id) continue;
      const sub = this.classifier.classifyFunction(cls!.file, m);
      for (const r of sub.roles) if (!roles.includes(r)) roles.push(r);
      if (sub.roles.length && !why) why = `this.${call.callee.k === 'member' ? call.callee.prop : ''}(): ${sub.why}`;
    }
    if (!roles.length && /^(?:guest|silent_?auth)$/i.test(name)) why = 'AdonisJS middleware that lets guests through';
    const roleNames = roles.includes('role') ? (args.length ? args : c.roleNames) : [];
    return { av, text, registeredAt, file, roles, why: why || 'AdonisJS middleware', ...(roleNames.length ? { roleNames } : {}) };
  }

  private corsSiteMemo: AV | null | undefined;
  /** `defineConfig({...})` of `config/cors.ts`: the settings the cors middleware applies (linked to its routes by this call) */
  private corsSite(): AV | undefined {
    if (this.corsSiteMemo !== undefined) return this.corsSiteMemo ?? undefined;
    this.corsSiteMemo = null;
    for (const [file, f] of this.ev.files) {
      if (!/(?:^|\/)config\/cors\.[cm]?[jt]s$/.test(file)) continue;
      const c = f.cors.find((x) => x.source === 'cors-lib');
      if (c) this.corsSiteMemo = { t: 'extcall', module: c.library ?? '@adonisjs/cors', path: ['defineConfig'], args: [], file, pos: c.callPos, text: 'cors config' };
    }
    return this.corsSiteMemo ?? undefined;
  }
}

function literalNames(v: ValueRef): string[] {
  if (v.k === 'lit' && typeof v.value === 'string') return [v.value];
  if (v.k === 'array') return v.items.flatMap(literalNames);
  if (v.k === 'member') return [v.prop];
  return [];
}

function singular(s: string): string {
  return s.replace(/ies$/, 'y').replace(/s$/, '');
}
