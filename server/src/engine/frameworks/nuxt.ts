/**
 * Nuxt 3/4 and standalone Nitro (h3): routes are files. `server/api/**` serves `/api/...`, `server/routes/**`
 * serves paths without a prefix; a file's default export is `defineEventHandler(...)` (or `eventHandler`,
 * `defineCachedEventHandler`, the object form `defineEventHandler({ onRequest: [...], handler })`). A method
 * suffix (`[id].delete.ts`, `index.get.ts`) limits the file to that method, none serves all; `[id]` is `:id`,
 * `[...slug]` is `:slug*`, an `index` file is its folder and a `(group)` folder adds nothing.
 * Every file in `server/middleware/` runs before every route, in file-name order: one that rejects requests
 * without a session guards the routes it does not let through by path (`if (!event.path.startsWith('/api/')) return`).
 * A Nuxt root is a folder holding `nuxt.config.*` (or a package.json depending on `nuxt`), whose server lives in
 * `server/`; a Nitro root holds `nitro.config.*` (or depends on `nitropack`), with its server in the root or `server/`.
 * Both auto-import the exports of the server's `utils/` folder: `requireUser(event)` without an import statement
 * is that util (`nitroAutoImports`).
 */
import * as path from 'path';
import type { FileFacts, ValueRef, Pos } from '../types';
import type { Evaluator, AV } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import type { Classifier } from '../model/classify';
import { roleNamesIn } from '../model/classify';
import { bypasses, pathRoleChecksAt } from './routerOps';
import { lookupTable } from '../lookupTable';

interface NitroRoot {
  /** '' or `apps/web/` */
  pre: string;
  nuxt: boolean;
  /** folders holding api/, routes/, middleware/, utils/ */
  serverDirs: string[];
}

const CONFIG = /(?:^|\/)(nuxt|nitro)\.config\.[cm]?[jt]s$/;
const CODE = /\.[cm]?[jt]sx?$/;
const DECL = /\.d\.[cm]?ts$/;
const METHODS = /^(?:get|post|put|patch|delete|head|options|connect|trace)$/i;
// (h3 v2 / Nitro v3: `defineHandler`)
const DEFINE = /^(?:defineEventHandler|eventHandler|defineCachedEventHandler|cachedEventHandler|defineHandler)$/;
/** nuxt-auth-utils' sign-in handlers: `defineOAuthGitHubEventHandler({ onSuccess })`, `defineWebAuthnAuthenticateEventHandler(...)` */
const SIGN_IN = /^define(?:OAuth\w+|WebAuthn\w+)EventHandler$/;
const LAZY = /^(?:defineLazyEventHandler|lazyEventHandler)$/;

function nitroRoots(files: Map<string, FileFacts>): NitroRoot[] {
  const found = new Map<string, boolean>();
  const add = (file: string, nuxt: boolean) => {
    const dir = path.posix.dirname(file);
    const pre = dir === '.' ? '' : dir + '/';
    found.set(pre, (found.get(pre) ?? false) || nuxt);
  };
  for (const [file, f] of files) {
    const m = CONFIG.exec(file);
    if (m) add(file, m[1] === 'nuxt');
    else if (file === 'package.json' || file.endsWith('/package.json')) {
      const deps = f.packageDeps ?? [];
      if (deps.includes('nuxt') || deps.includes('nuxt3')) add(file, true);
      else if (deps.includes('nitropack') || deps.includes('nitro')) add(file, false);
    }
  }
  return [...found].map(([pre, nuxt]) => ({ pre, nuxt, serverDirs: nuxt ? [pre + 'server/'] : [pre, pre + 'server/'] }));
}

/**
 * `server/api/projects/[id]/members/[memberId].delete.ts` -> DELETE `/api/projects/:id/members/:memberId`;
 * null for a file that is no route (a type declaration).
 */
export function nitroRoute(rel: string, prefix: string): { method: string; path: string } | null {
  if (!CODE.test(rel) || DECL.test(rel)) return null;
  const parts = rel.replace(CODE, '').split('/');
  let base = parts.pop()!.split('.');
  // `hello.get.dev.ts`: only in that environment, still a route
  if (base.length > 1 && /^(?:dev|prod|prerender)$/.test(base[base.length - 1])) base = base.slice(0, -1);
  let method = 'ALL';
  if (base.length > 1 && METHODS.test(base[base.length - 1])) method = base.pop()!.toUpperCase();
  const segs = [...parts, base.join('.')].filter((s) => !/^\(.*\)$/.test(s));
  if (segs[segs.length - 1] === 'index') segs.pop();
  const out = segs.map((s) => s.replace(/\[\.\.\.(\w*)\]/g, (_, n: string) => (n ? `:${n}*` : '*')).replace(/\[(\w+)\]/g, ':$1'));
  const p = [prefix, ...out].filter(Boolean).join('/');
  return { method, path: '/' + p.replace(/^\/+/, '') };
}

function calleeName(v: ValueRef): string {
  if (v.k === 'global' || v.k === 'ref') return v.name;
  if (v.k === 'import') return v.name;
  if (v.k === 'member') return v.prop;
  return '';
}

interface Handler {
  handler: AV;
  handlerText: string;
  /** the object form's `onRequest` hooks */
  before: { av: AV; text: string }[];
}

/** What a default export serves: the function inside `defineEventHandler(...)`, and the object form's hooks. */
function handlerOf(ev: Evaluator, file: string, ref: ValueRef, depth = 0): Handler | null {
  const f = ev.files.get(file);
  let r = ref;
  for (let i = 0; i < 4 && r.k === 'ref' && f?.bindings[r.name]; i++) r = f.bindings[r.name];
  if (r.k === 'call' && depth < 3) {
    const name = calleeName(r.callee);
    let a0 = r.args[0];
    for (let i = 0; i < 4 && a0?.k === 'ref' && f?.bindings[a0.name]; i++) a0 = f.bindings[a0.name];
    // (the object form of any `...EventHandler`: nuxt-auth-utils' older `oauth.githubEventHandler({ onSuccess })` too)
    if ((DEFINE.test(name) || SIGN_IN.test(name) || (/EventHandler$/.test(name) && a0?.k === 'object')) && a0) {
      if (a0.k === 'object') {
        const h = a0.props.handler ?? a0.props.onSuccess;
        if (!h) return null;
        const hooks = a0.props.onRequest ? ev.eval(file, a0.props.onRequest) : null;
        const list = !hooks ? [] : hooks.t === 'array' ? hooks.items : [hooks];
        const texts = a0.props.onRequest?.k === 'array' ? a0.props.onRequest.items.map(refText) : [];
        return { handler: ev.eval(file, h), handlerText: refText(h), before: list.map((av, i) => ({ av, text: texts[i] ?? refText(a0.props.onRequest) })) };
      }
      return { handler: ev.eval(file, a0), handlerText: refText(a0), before: [] };
    }
    // `defineLazyEventHandler(async () => { const client = await connect(); return defineEventHandler(...) })`
    if (LAZY.test(name) && a0?.k === 'fn') {
      const ret = ev.summary(file, a0.id)?.returns[0];
      return ret ? handlerOf(ev, file, ret, depth + 1) : null;
    }
  }
  const av = ev.eval(file, r);
  // @sidebase/nuxt-auth's `export default NuxtAuthHandler({ providers, ... })` in `server/api/auth/[...].ts`: the
  // Auth.js (next-auth v4) endpoints, its Credentials provider's `authorize` checking passwords on every sign-in
  if (isNuxtAuthHandler(av)) {
    return { handler: av, handlerText: refText(r), before: [] };
  }
  if (av.t !== 'fn' && av.t !== 'wrapped') return null;
  return { handler: av, handlerText: refText(r), before: [] };
}

/** @sidebase/nuxt-auth's `NuxtAuthHandler({...})` (from its `#auth` alias): the Auth.js endpoints, no gate of its own. */
export function isNuxtAuthHandler(av: AV): boolean {
  return av.t === 'extcall' && av.module === '#auth' && av.path.length === 1 && av.path[0] === 'NuxtAuthHandler';
}

const ZERO: Pos = { line: 1, column: 1, endLine: 1, endColumn: 1 };

const H3_VERBS: Record<string, string> = lookupTable({ get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD', options: 'OPTIONS', use: 'ALL' });

/**
 * A route file that serves an h3 router (`const router = createRouter(); router.get('/members', handler)`, then
 * `export default useBase('/api/v2', router.handler)` in `server/api/v2/[...].ts`): each `router.get(path, handler)`
 * is a route of its own, under the `useBase` prefix (without one, the router sees the whole request path).
 */
function h3RouterRoutes(ev: Evaluator, file: string, f: FileFacts, ref: ValueRef): { method: string; path: string; handler: Handler; pos: Pos }[] | null {
  let r = ref;
  for (let i = 0; i < 4 && r.k === 'ref' && f.bindings[r.name]; i++) r = f.bindings[r.name];
  let base = '';
  if (r.k === 'call' && calleeName(r.callee) === 'useBase' && r.args.length === 2) {
    const b = r.args[0];
    if (b.k !== 'lit' || typeof b.value !== 'string') return null;
    base = b.value;
    r = r.args[1];
  }
  // `router.handler`
  if (r.k !== 'member' || r.prop !== 'handler' || r.object.k !== 'ref') return null;
  const name = r.object.name;
  const made = f.bindings[name];
  if (made?.k !== 'call' || calleeName(made.callee) !== 'createRouter') return null;
  const out: { method: string; path: string; handler: Handler; pos: Pos }[] = [];
  for (const rc of f.routerCalls) {
    if (rc.receiver.k !== 'ref' || rc.receiver.name !== name || !H3_VERBS[rc.method]) continue;
    const p = rc.args[0];
    if (p?.k !== 'lit' || typeof p.value !== 'string' || !rc.args[1]) continue;
    const h = handlerOf(ev, file, rc.args[1]);
    if (!h) continue;
    const urlPath = ('/' + [base, p.value].map((x) => x.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')).replace(/\/\*\*$/, '/*');
    out.push({ method: H3_VERBS[rc.method], path: urlPath, handler: h, pos: rc.pos });
  }
  return out;
}

interface Middleware {
  file: string;
  av: AV;
  pos: Pos;
}

export function nitroRoutes(ev: Evaluator, classifier: Classifier): RawRoute[] {
  const roots = nitroRoots(ev.files);
  if (!roots.length) return [];
  const out: RawRoute[] = [];
  for (const root of roots) {
    for (const sd of root.serverDirs) {
      const middleware: Middleware[] = [];
      const routeFiles: [string, FileFacts, string][] = [];
      for (const [file, f] of ev.files) {
        if (f.kind !== 'code' || !file.startsWith(sd)) continue;
        const rel = file.slice(sd.length);
        if (rel.startsWith('middleware/')) {
          const ref = f.exports.default;
          const h = ref ? handlerOf(ev, file, ref) : null;
          if (h) middleware.push({ file, av: h.handler, pos: f.exportPos.default ?? ZERO });
        } else if (rel.startsWith('api/')) routeFiles.push([file, f, '/api']);
        else if (rel.startsWith('routes/')) routeFiles.push([file, f, '']);
      }
      middleware.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      const limiter = root.nuxt ? securityLimiter(ev, root.pre) : null;
      for (const [file, f, prefix] of routeFiles) {
        const ref = f.exports.default;
        if (!ref) continue;
        const rel = file.slice(sd.length + (prefix ? 'api/' : 'routes/').length);
        const route = nitroRoute(rel, prefix);
        if (!route) continue;
        const pos = f.exportPos.default ?? ZERO;
        const add = (method: string, urlPath: string, h: Handler, loc: Pos) => {
          const chain: RawChainEntry[] = [];
          for (const m of middleware) {
            const e = middlewareEntry(ev, classifier, m, urlPath);
            if (e) chain.push(e);
          }
          if (limiter?.covers(urlPath)) chain.unshift(limiter.entry);
          for (const b of h.before) chain.push({ av: b.av, text: b.text, registeredAt: { file, ...loc }, file });
          out.push({
            framework: root.nuxt ? 'nuxt' : 'nitro', method, path: urlPath, loc: { file, ...loc }, handler: h.handler,
            handlerText: h.handlerText, handlerFile: file, chain, mounts: [], mountKnown: true, style: 'next-app',
          });
        };
        // `export default useBase('/api/v2', router.handler)` of an h3 `createRouter()`: the router's routes are the file's
        const routed = h3RouterRoutes(ev, file, f, ref);
        if (routed) {
          for (const r of routed) add(r.method, r.path, r.handler, r.pos);
          continue;
        }
        const h = handlerOf(ev, file, ref);
        if (!h) continue;
        // (the Auth.js endpoints answer GET (session, providers, csrf) and POST (sign-in, sign-out), as Next.js's
        // `export const { GET, POST } = handlers`)
        if (route.method === 'ALL' && isNuxtAuthHandler(h.handler)) {
          add('GET', route.path, h, pos);
          add('POST', route.path, h, pos);
          continue;
        }
        add(route.method, route.path, h, pos);
      }
    }
  }
  return out;
}

/**
 * A server middleware in a route's chain, with what it does for that path: it authenticates only when it ends
 * requests without a session itself (one that only puts `event.context.user` in place leaves it to the routes),
 * and none of it applies to a path it lets through (`if (!event.path.startsWith('/api/')) return`).
 */
function middlewareEntry(ev: Evaluator, classifier: Classifier, m: Middleware, urlPath: string): RawChainEntry | null {
  if (bypasses(ev, m.av, urlPath)) return null;
  const fn = m.av.t === 'fn' ? m.av : m.av.t === 'wrapped' && m.av.inner.t === 'fn' ? m.av.inner : null;
  const c = fn ? classifier.classifyFunction(fn.file, fn.id) : classifier.classify(m.av, m.file);
  const rejects = !!fn && !!ev.summary(fn.file, fn.id)?.rejects;
  let roles = c.roles.filter((r) => r !== 'auth' || rejects);
  const roleNames = [...c.roleNames];
  let why = c.why;
  const pathRoles = pathRoleChecksAt(ev, m.av, urlPath);
  if (pathRoles.length) {
    if (!roles.includes('role')) roles = [...roles, 'role'];
    roleNames.push(...pathRoles.flatMap(roleNamesIn));
    why = `${why || 'server middleware'}; role check for this path (${pathRoles[0]})`;
  }
  if (!roles.length) return null;
  const label = roles.includes('auth') ? 'rejects unauthenticated requests' : why || roles.join(', ');
  return { av: m.av, text: `${m.file} (${label})`, registeredAt: { file: m.file, ...m.pos }, file: m.file, roles, roleNames, why: why || 'server middleware' };
}

/** The object given to `defineNuxtConfig({...})` (or exported as is). */
function configObject(ev: Evaluator, file: string): Record<string, ValueRef> | null {
  const f = ev.files.get(file);
  let r = f?.exports.default;
  for (let i = 0; i < 4 && r?.k === 'ref' && f?.bindings[r.name]; i++) r = f.bindings[r.name];
  if (r?.k === 'call') r = r.args[0];
  for (let i = 0; i < 4 && r?.k === 'ref' && f?.bindings[r.name]; i++) r = f.bindings[r.name];
  return r?.k === 'object' ? r.props : null;
}

const propsOf = (v: ValueRef | undefined): Record<string, ValueRef> | null => (v?.k === 'object' ? v.props : null);
const isFalse = (v: ValueRef | undefined) => v?.k === 'lit' && v.value === false;

/** Nitro route rule patterns: `/api/**` (anything below), `/api/*` (one segment), exact paths. */
function ruleMatches(pattern: string, urlPath: string): boolean {
  const re = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*').replace(/\/\.\*$/, '(?:/.*)?');
  return new RegExp(`^${re}$`).test(urlPath.replace(/:\w+\*?/g, 'x'));
}

/**
 * nuxt-security's rate limiter: on for every server route once the module is listed in `modules` (its default),
 * unless `security: { rateLimiter: false }`; a `routeRules` entry's `security.rateLimiter` turns it off or on for its paths.
 */
function securityLimiter(ev: Evaluator, pre: string): { entry: RawChainEntry; covers: (urlPath: string) => boolean } | null {
  const file = ['ts', 'js', 'mjs', 'mts'].map((e) => `${pre}nuxt.config.${e}`).find((p) => ev.files.has(p));
  const cfg = file ? configObject(ev, file) : null;
  if (!file || !cfg) return null;
  const mods = cfg.modules?.k === 'array' ? cfg.modules.items : [];
  const listed = mods.some((m) => (m.k === 'lit' && m.value === 'nuxt-security') || (m.k === 'array' && m.items[0]?.k === 'lit' && m.items[0].value === 'nuxt-security'));
  if (!listed) return null;
  const globalOn = !isFalse(propsOf(cfg.security)?.rateLimiter);
  const rules = Object.entries(propsOf(cfg.routeRules) ?? {})
    .map(([pattern, v]) => ({ pattern, limiter: propsOf(propsOf(v)?.security)?.rateLimiter }))
    .filter((r) => r.limiter !== undefined)
    // the most specific rule decides
    .sort((a, b) => b.pattern.length - a.pattern.length);
  const pos = ev.files.get(file)!.exportPos.default ?? ZERO;
  const entry: RawChainEntry = {
    av: { t: 'unknown', text: 'nuxt-security rateLimiter' }, text: 'nuxt-security rateLimiter', registeredAt: { file, ...pos }, file,
    roles: ['rate-limit'], why: 'nuxt-security rate limiter (nuxt.config)',
  };
  return {
    entry,
    covers: (urlPath) => {
      const rule = rules.find((r) => ruleMatches(r.pattern, urlPath));
      return rule ? !isFalse(rule.limiter) : globalOn;
    },
  };
}

/**
 * The exports of each Nuxt / Nitro server's `utils/` folder, by the name code uses without importing them
 * (`export function requireUser`, or a default export by its file name: `utils/require-admin.ts` -> `requireAdmin`),
 * with those of the Nuxt layers the app extends (`extends: ['../base']`, and the `layers/*` folders Nuxt registers
 * itself). Null when the workspace has no Nuxt or Nitro app.
 */
export function nitroAutoImports(files: Map<string, FileFacts>): ((file: string, name: string) => { file: string; name: string } | null) | null {
  const roots = nitroRoots(files);
  if (!roots.length) return null;
  type Names = Map<string, { file: string; name: string }>;
  const own = (root: NitroRoot): Names => {
    const names: Names = new Map();
    for (const sd of root.serverDirs) {
      for (const [file, f] of files) {
        if (f.kind !== 'code' || !file.startsWith(sd + 'utils/') || DECL.test(file) || !CODE.test(file)) continue;
        for (const name of Object.keys(f.exports)) {
          if (name === 'module.exports') continue;
          if (name === 'default') {
            const base = path.posix.basename(file).replace(CODE, '').replace(/[-_.](\w)/g, (_, c: string) => c.toUpperCase());
            if (!names.has(base)) names.set(base, { file, name });
          } else if (!names.has(name)) names.set(name, { file, name });
        }
      }
    }
    return names;
  };
  let table: { pre: string; dirs: string[]; names: Names }[] | null = null;
  const build = () => {
    const owns = new Map(roots.map((r) => [r.pre, own(r)]));
    const t: { pre: string; dirs: string[]; names: Names }[] = [];
    for (const root of roots) {
      const names: Names = new Map(owns.get(root.pre));
      const layers = roots.filter((l) => l !== root && (/^[^/]+\/$/.test(l.pre.slice((root.pre + 'layers/').length)) && l.pre.startsWith(root.pre + 'layers/') || extendsOf(files, root).includes(l.pre)));
      for (const l of layers) for (const [k, v] of owns.get(l.pre)!) if (!names.has(k)) names.set(k, v);
      t.push({ pre: root.pre, dirs: root.serverDirs, names });
    }
    // the innermost root first (a Nuxt layer inside a monorepo)
    return t.sort((a, b) => b.pre.length - a.pre.length);
  };
  return (file, name) => {
    table ??= build();
    for (const r of table) {
      if (!file.startsWith(r.pre)) continue;
      // server code only: the app's pages and components get other auto-imports
      return r.dirs.some((d) => file.startsWith(d)) ? r.names.get(name) ?? null : null;
    }
    return null;
  };
}

/** The folders of the local layers a Nuxt root's config extends (`extends: ['../../layers/base', './base']`), as `pre`s. */
function extendsOf(files: Map<string, FileFacts>, root: NitroRoot): string[] {
  if (!root.nuxt) return [];
  const file = ['ts', 'js', 'mjs', 'mts'].map((e) => `${root.pre}nuxt.config.${e}`).find((p) => files.has(p));
  const f = file ? files.get(file) : undefined;
  let r = f?.exports.default;
  for (let i = 0; i < 4 && r?.k === 'ref' && f?.bindings[r.name]; i++) r = f.bindings[r.name];
  if (r?.k === 'call') r = r.args[0];
  const ext = r?.k === 'object' ? r.props.extends : undefined;
  const items = ext?.k === 'array' ? ext.items : ext ? [ext] : [];
  const out: string[] = [];
  for (const it of items) {
    if (it.k !== 'lit' || typeof it.value !== 'string' || !it.value.startsWith('.')) continue;
    const dir = path.posix.normalize(root.pre + it.value.replace(/\/$/, ''));
    if (!dir.startsWith('..')) out.push(dir === '.' ? '' : dir + '/');
  }
  return out;
}
