/**
 * Next.js: app-router `route.ts` exports, `pages/api` handlers, server actions
 * (`'use server'` files and inline), and `middleware.ts` with its matcher.
 */
import * as path from 'path';
import type { Loc, FileFacts, ValueRef } from '../types';
import type { Evaluator, AV } from '../model/values';
import { refText } from '../model/values';
import { bypasses, checkingSummary } from './routerOps';
import { functionsWith } from '../facts/functionIndex';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import { quoted, type Classifier } from '../model/classify';
import { defOf } from './trpc';
import { publicReasonForPath } from '../facts/vocabulary';
import { isUnread } from '../facts/inert';
import { pathPatternMatches } from '../facts/pathGate';
import { limitedOn } from '../model/routes';

const HTTP_EXPORTS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const ROUTE_FILE = /(?:^|\/)route\.[cm]?[jt]sx?$/;

export interface NextApp {
  root: string; // '' or 'web'
  middlewareFile?: string;
  matcher?: string[];
}

/** Project roots that use Next.js: a package.json with `next`, or a next.config.* file. */
export function findNextApps(files: Map<string, FileFacts>): NextApp[] {
  const roots = new Set<string>();
  for (const [file, f] of files) {
    if (file.endsWith('package.json') && f.packageDeps?.includes('next')) roots.add(path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file));
    if (/(?:^|\/)next\.config\.[cm]?[jt]s$/.test(file)) roots.add(path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file));
  }
  return [...roots].map((root) => {
    const pre = root ? root + '/' : '';
    const mw = ['middleware', 'src/middleware', 'proxy', 'src/proxy']
      .flatMap((b) => ['ts', 'js', 'mjs', 'tsx', 'jsx'].map((e) => `${pre}${b}.${e}`))
      .find((p) => files.has(p));
    return { root, middlewareFile: mw, matcher: mw ? files.get(mw)!.matcher : undefined };
  });
}

function appRelative(file: string, root: string): { kind: 'app' | 'pages-api' | 'pages-page'; segs: string[] } | null {
  const rel = root ? (file.startsWith(root + '/') ? file.slice(root.length + 1) : null) : file;
  if (rel === null || (!rel.includes('app/') && !rel.includes('pages/'))) return null;
  const parts = rel.split('/');
  let i = 0;
  if (parts[0] === 'src') i = 1;
  if (parts[i] === 'app' && ROUTE_FILE.test(rel)) return { kind: 'app', segs: parts.slice(i + 1, -1) };
  if (parts[i] === 'pages' && parts[i + 1] === 'api') return { kind: 'pages-api', segs: parts.slice(i + 1) };
  // a page of the pages router: its `getServerSideProps` runs on every request for it (also fetched as JSON by
  // client-side navigation), with the visitor's cookies and the path's and query's values
  if (parts[i] === 'pages' && parts.length > i + 1 && /\.[cm]?[jt]sx?$/.test(rel)) return { kind: 'pages-page', segs: parts.slice(i + 1) };
  return null;
}

/** Folder segments to a URL path: groups and parallel slots vanish, [id] -> :id, [...slug] -> :slug*. */
export function segmentsToPath(segs: string[]): string {
  const out: string[] = [];
  for (const s of segs) {
    if (/^\(.*\)$/.test(s) || s.startsWith('@')) continue;
    let m = /^\[\[\.\.\.(.+)\]\]$/.exec(s);
    if (m) (out.push(`:${m[1]}*`));
    else if ((m = /^\[\.\.\.(.+)\]$/.exec(s))) out.push(`:${m[1]}*`);
    else if ((m = /^\[(.+)\]$/.exec(s))) out.push(`:${m[1]}`);
    else out.push(s);
  }
  return '/' + out.join('/');
}

export function nextRoutes(ev: Evaluator, classifier: Classifier): RawRoute[] {
  const apps = findNextApps(ev.files);
  const out: RawRoute[] = [];
  const claimed = new Set<string>();
  // files that can be route files, found once (a monorepo has several apps)
  const candidates: [string, FileFacts][] = [];
  if (apps.length) for (const [file, f] of ev.files) if (f.kind === 'code' && (file.includes('app/') || file.includes('pages/'))) candidates.push([file, f]);
  for (const app of apps) {
    const mwEntry = middlewareEntry(ev, classifier, app);
    for (const [file, f] of candidates) {
      const where = appRelative(file, app.root);
      if (!where) continue;
      if (where.kind === 'pages-page') {
        // (the prefilter parses every file that names getServerSideProps: an unread one exports none)
        if (isUnread(f)) continue;
        const ref = f.exports.getServerSideProps;
        const last = where.segs[where.segs.length - 1].replace(/\.[cm]?[jt]sx?$/, '');
        if (!ref || last.startsWith('_')) continue;
        claimed.add(file);
        const urlPath = segmentsToPath([...where.segs.slice(0, -1), ...(last === 'index' ? [] : [last])]);
        const pos = f.exportPos.getServerSideProps ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
        out.push(route(ev, 'nextjs-pages', 'GET', urlPath, file, pos, ref, 'next-pages', mwChain(mwEntry, urlPath)));
        continue;
      }
      claimed.add(file);
      if (where.kind === 'app') {
        const urlPath = segmentsToPath(where.segs);
        for (const m of HTTP_EXPORTS) {
          const ref = f.exports[m];
          if (!ref) continue;
          const pos = f.exportPos[m] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
          out.push(route(ev, 'nextjs', m, urlPath, file, pos, f.exports[m], 'next-app', mwChain(mwEntry, urlPath)));
        }
      } else {
        const last = where.segs[where.segs.length - 1].replace(/\.[cm]?[jt]sx?$/, '');
        if (last.startsWith('_')) continue;
        const segs = [...where.segs.slice(0, -1), ...(last === 'index' ? [] : [last])];
        const urlPath = segmentsToPath(segs);
        const ref = f.exports.default;
        if (!ref) continue;
        const pos = f.exportPos.default ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const connect = nextConnectRoutes(ev, file, f, ref, urlPath, mwChain(mwEntry, urlPath));
        if (connect) {
          out.push(...connect);
          continue;
        }
        const mapped = methodMapRoutes(ev, file, ref, urlPath, pos, mwChain(mwEntry, urlPath));
        if (mapped) {
          out.push(...mapped);
          continue;
        }
        const handler = ev.eval(file, ref);
        const inner = innermost(handler);
        const hs = inner.t === 'fn' ? ev.summary(inner.file, inner.id) : undefined;
        const methods = [...(hs?.methodChecks ?? [])];
        // `if (req.method === 'POST') { ...; return }` then the listing: the code after the branches answers a GET
        const leftBehind = !!hs && (hs.calls.some((c) => c.methodBranch?.startsWith('!')) || hs.queries.some((q) => q.methodBranch?.startsWith('!')));
        if (methods.length && leftBehind && !hs?.otherMethodsRejected && !methods.includes('GET')) methods.push('GET');
        for (const m of methods.length ? methods : ['ALL']) {
          out.push(route(ev, 'nextjs-pages', m, urlPath, file, pos, ref, 'next-pages', mwChain(mwEntry, urlPath)));
        }
      }
    }
  }
  // server actions, anywhere in the workspace. One kept under an app's `app/` folder is posted to the pages of
  // its folder (`app/(dashboard)/rooms/actions.ts`, an inline action in `app/rooms/page.tsx` -> `/rooms`): the
  // middleware that covers that path runs for it
  const mwEntries = new Map(apps.map((app) => [app, middlewareEntry(ev, classifier, app)] as const));
  const actionGate = (file: string): RawChainEntry[] => {
    for (const app of apps) {
      const rel = app.root ? (file.startsWith(app.root + '/') ? file.slice(app.root.length + 1) : null) : file;
      if (rel === null) continue;
      const parts = rel.split('/');
      const i = parts[0] === 'src' ? 1 : 0;
      if (parts[i] !== 'app') continue;
      const mw = mwEntries.get(app);
      const url = segmentsToPath(parts.slice(i + 1, -1));
      // only where the config's `matcher` names the paths (`/dashboard/:path*`): a catch-all matcher leaves the choice to
      // path logic inside the middleware, read too loosely to vouch for an action (the sign-in pages' actions,
      // `app/auth/actions.ts`, are let through however the middleware says it)
      const byMatcher = !!app.matcher?.length && !matches(app.matcher, '/zz-no-such-page');
      return mw && byMatcher && !publicReasonForPath(url) ? mwChain(mw, url) : [];
    }
    return [];
  };
  for (const [file, f] of ev.files) {
    if (f.kind !== 'code') continue;
    if (f.useServer) {
      for (const [name, ref] of Object.entries(f.exports)) {
        if (name === 'module.exports' || name === 'config' || name === 'runtime' || name === 'dynamic' || name === 'revalidate') continue;
        const av = ev.eval(file, ref);
        if (!isCallable(av)) continue;
        const pos = f.exportPos[name] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const built = actionBuilder(ev, file, ref);
        if (built) {
          out.push({ ...route(ev, 'server-action', 'ACTION', `${file}#${name}`, file, pos, built.handler.v, 'action', [...actionGate(file), ...built.chain]), handler: ev.eval(built.handler.file, built.handler.v), ...(built.noClientInput ? { noClientInput: true } : {}) });
          continue;
        }
        out.push(route(ev, 'server-action', 'ACTION', `${file}#${name}`, file, pos, ref, 'action', actionGate(file)));
      }
    } else {
      for (const s of functionsWith(f, 'useServer')) {
        out.push(route(ev, 'server-action', 'ACTION', `${file}#${s.name || 'action@' + s.pos.line}`, file, s.pos, { k: 'fn', id: s.id }, 'action', actionGate(file)));
      }
    }
  }
  return out;
}

/**
 * Action clients (next-safe-action `authActionClient.schema(s).action(fn)`, zsa
 * `authedProcedure.createServerAction().input(s).handler(fn)`): the client's `.use(mw)` middleware
 * runs before the handler, in order, across files; `.schema()` / `.inputSchema()` / `.input()` validate.
 */
function actionBuilder(ev: Evaluator, file: string, ref: import('../types').ValueRef): { handler: { file: string; v: import('../types').ValueRef }; chain: RawChainEntry[]; noClientInput?: boolean } | null {
  const top = defOf(ev, { file, v: ref });
  const v = top.v;
  if (v.k !== 'call' || v.callee.k !== 'member' || !/^(?:action|stateAction|handler)$/.test(v.callee.prop) || !v.args[0]) return null;
  const handler = defOf(ev, { file: top.file, v: v.args[0] });
  if (handler.v.k !== 'fn') return null;
  const chain: RawChainEntry[] = [];
  let validated = false;
  let builder = false;
  let cur = { file: top.file, v: v.callee.object };
  for (let i = 0; i < 24; i++) {
    // (the client's name, `authActionClient = actionClient.use(async ({ next }) => ...)`, names its inline middleware)
    const named = cur.v.k === 'ref' || cur.v.k === 'import' ? cur.v.name : undefined;
    cur = defOf(ev, cur);
    const c = cur.v;
    if (c.k !== 'call' || c.callee.k !== 'member') {
      // `createSafeActionClient()`, `createServerActionProcedure()`: the chain's root
      if (c.k === 'call' && c.callee.k === 'import' && /safe-action|zsa/.test(c.callee.source)) builder = true;
      break;
    }
    const m = c.callee.prop;
    if (m === 'use' && c.args[0]) {
      builder = true;
      const text = refText(c.args[0]);
      chain.unshift({ av: ev.eval(cur.file, c.args[0]), text: c.args[0].k === 'fn' && !c.args[0].name && named && named !== 'default' ? named : text, registeredAt: { file: cur.file, ...c.pos }, file: cur.file });
    } else if (/^(?:schema|inputSchema|input|bindArgsSchemas)$/.test(m) && c.args[0]) validated = true;
    else if (m === 'createServerAction') builder = true;
    // `createServerActionProcedure(authedProcedure).handler(mw)`: the procedure's handler is its middleware
    else if (m === 'handler' && c.args[0]) chain.unshift({ av: ev.eval(cur.file, c.args[0]), text: refText(c.args[0]), registeredAt: { file: cur.file, ...c.pos }, file: cur.file });
    cur = { file: cur.file, v: c.callee.object };
  }
  if (!builder && !validated && !chain.length) return null;
  // (next-safe-action's `.action(fn)` with no `.inputSchema()` / `.bindArgsSchemas()`: the action takes no input; zsa's
  // `.handler(fn)` without `.input()` likewise)
  const takesNothing = !validated && builder && v.callee.prop !== 'stateAction';
  if (validated) chain.push({ av: { t: 'unknown', text: 'schema' }, text: '.schema(...)', registeredAt: { file: top.file, ...v.pos }, file: top.file, roles: ['validation'], why: 'action input schema' });
  return { handler, chain, ...(takesNothing ? { noClientInput: true } : {}) };
}

const CONNECT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all']);

/**
 * A `pages/api` file whose default export is a next-connect router: `export default router.handler()`
 * (v1 `createRouter()`), or the router itself (v0 `nc().use(auth).get(handler)`). Its `use()` middleware runs,
 * in order, before each method's handler registered after it (`router.get(mw, handler)` adds route middleware).
 * Null when the export is no next-connect router.
 */
function nextConnectRoutes(ev: Evaluator, file: string, f: FileFacts, ref: ValueRef, urlPath: string, gate: RawChainEntry[], wrapped = false): RawRoute[] | null {
  const rootOf = (v: ValueRef): ValueRef => {
    let cur = v;
    for (let i = 0; i < 24 && cur.k === 'call' && cur.callee.k === 'member'; i++) cur = cur.callee.object;
    return cur;
  };
  // follow the names from the export to the `createRouter()` / `nc()` call, remembering each name the router goes by
  const names = new Set<string>();
  let v: ValueRef = ref;
  let made: ValueRef | null = null;
  for (let i = 0; i < 12 && !made; i++) {
    if (v.k === 'ref' && f.bindings[v.name]) {
      names.add(v.name);
      v = f.bindings[v.name];
    } else if (v.k === 'call' && v.callee.k === 'member') {
      // `router.handler()` hands the router's requests on; `nc().use(a).get(h)` is the router grown in place
      v = rootOf(v);
    } else if (v.k === 'call') {
      const callee = defOf(ev, { file, v: v.callee }).v;
      if (callee.k === 'import' && callee.source === 'next-connect') made = v;
      // the app's own router factory (`export function apiRouter() { return createRouter().use(...) }` in lib): the router it answers
      else if (isNextConnectRouter(ev.eval(file, v))) made = v;
      else if (!wrapped) {
        // a wrapper around the router (`export default withIronSessionApiRoute(handler, sessionOptions)`,
        // `withAuth(router.handler())`): it runs first, before the router's own middleware
        const call = v;
        const made = ev.eval(file, call);
        // (the wrapper itself: what it wraps is the router, whose handlers are judged as routes)
        const entry: RawChainEntry = { av: made.t === 'wrapped' ? made.wrapper : made, text: refText(call), registeredAt: { file, ...call.pos }, file };
        for (const a of call.args) {
          if (a.k !== 'ref' && a.k !== 'call') continue;
          const sub = nextConnectRoutes(ev, file, f, a, urlPath, [...gate, entry], true);
          if (sub) return sub;
        }
        return null;
      } else return null;
    } else return null;
  }
  if (!made) return null;
  const samePos = (a?: { line: number; column: number }, b?: { line: number; column: number }) => !!a && !!b && a.line === b.line && a.column === b.column;
  const calls = f.routerCalls
    .filter((c) => {
      const r = rootOf(c.receiver);
      return (r.k === 'ref' && names.has(r.name)) || (r.k === 'call' && made!.k === 'call' && samePos(r.pos, made!.pos));
    })
    .sort((a, b) => a.order - b.order);
  const out: RawRoute[] = [];
  const uses: RawChainEntry[] = [];
  for (const c of calls) {
    const args = c.args.filter((a) => !(a.k === 'lit' && typeof a.value === 'string'));
    if (c.method === 'use') {
      for (const a of args) uses.push({ av: ev.eval(file, a), text: refText(a), registeredAt: { file, ...c.pos }, file });
      continue;
    }
    if (!CONNECT_METHODS.has(c.method) || !args.length) continue;
    const handlerRef = args[args.length - 1];
    const own = args.slice(0, -1).map((a): RawChainEntry => ({ av: ev.eval(file, a), text: refText(a), registeredAt: { file, ...c.pos }, file }));
    const r = route(ev, 'nextjs-pages', c.method === 'all' ? 'ALL' : c.method.toUpperCase(), urlPath, file, c.pos, handlerRef, 'next-pages', [...gate, ...uses, ...own]);
    out.push(r);
  }
  return out.length ? out : null;
}

/** A value next-connect made: `createRouter()` / `nc()`, also answered by a factory of the app. */
function isNextConnectRouter(av: AV): boolean {
  return (av.t === 'extcall' || av.t === 'ext') && av.module === 'next-connect';
}

const METHOD_KEY = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;

/**
 * A `pages/api` file whose default export hands a table of handlers by method to a dispatcher:
 * `export default withMiddlewares({ GET: listItems, POST: createAuthedRoute({ fn }) })`. One route per key,
 * its handler the key's value wrapped by what the dispatcher returns (which runs first: its CORS, its error
 * handling). The route is declared where the key's handler is written (`GET: handler(`), else at the export.
 */
function methodMapRoutes(ev: Evaluator, file: string, ref: ValueRef, urlPath: string, exportPos: Omit<Loc, 'file'>, gate: RawChainEntry[]): RawRoute[] | null {
  const d = defOf(ev, { file, v: ref });
  if (d.v.k !== 'call' || d.v.args.length < 1 || d.v.args.length > 2) return null;
  const table = defOf(ev, { file: d.file, v: d.v.args[0] });
  if (table.v.k !== 'object') return null;
  const keys = Object.keys(table.v.props);
  if (!keys.length || !keys.every((k) => METHOD_KEY.test(k))) return null;
  const made = ev.eval(d.file, d.v);
  const wrapper: AV = made.t === 'wrapped' ? made.wrapper : made.t === 'fn' ? made : { t: 'unknown', text: d.v.text };
  const out: RawRoute[] = [];
  for (const k of keys) {
    const v = table.v.props[k];
    const inner = ev.eval(table.file, v);
    if (inner.t !== 'fn' && inner.t !== 'wrapped') continue;
    const fnPos = v.k === 'fn' && table.file === file ? ev.summary(file, v.id)?.pos : undefined;
    const at = table.file === file && (v.k === 'call' || v.k === 'object') ? v.pos : fnPos ?? exportPos;
    const r = route(ev, 'nextjs-pages', k.toUpperCase(), urlPath, file, at, ref, 'next-pages', gate);
    out.push({ ...r, handler: { t: 'wrapped', wrapper, inner, text: d.v.text }, handlerText: refText(v), handlerFile: table.file });
  }
  return out.length ? out : null;
}

function isCallable(av: AV): boolean {
  return av.t === 'fn' || av.t === 'wrapped';
}

function innermost(av: AV): AV {
  let cur = av;
  for (let i = 0; i < 6 && cur.t === 'wrapped'; i++) cur = cur.inner;
  return cur;
}

function route(ev: Evaluator, framework: RawRoute['framework'], method: string, urlPath: string, file: string, pos: Loc | Omit<Loc, 'file'>, ref: import('../types').ValueRef, style: RawRoute['style'], chain: RawChainEntry[]): RawRoute {
  const loc: Loc = { ...pos, file };
  return {
    framework, method, path: urlPath, loc, handler: ev.eval(file, ref), handlerText: refText(ref), handlerFile: file,
    chain, mounts: [], mountKnown: true, style,
  };
}

/** (`whyAt`: what authenticates this path, when the middleware hands paths to different auth middlewares) */
type MiddlewareEntry = RawChainEntry & { covers: (urlPath: string) => boolean; rolesAt?: (urlPath: string) => string[]; limitsAt?: (urlPath: string) => boolean; whyAt?: (urlPath: string) => string | undefined };

/** The middleware's chain entry for a route of this path (none when it does not cover it), with the roles it asks there. */
function mwChain(mw: MiddlewareEntry | null | undefined, urlPath: string): RawChainEntry[] {
  if (!mw) return [];
  // a path the middleware lets through unchecked may still be limited there (`if (pathname.startsWith('/api/auth')) {
  // ...ratelimit.limit(ip)...; return NextResponse.next() }` before the session check of every other path)
  if (!mw.covers(urlPath)) return mw.limitsAt?.(urlPath) ? [{ ...mw, text: `${mw.file} (rate limit)`, roles: ['rate-limit'], why: 'Next.js middleware limits the request rate', roleNames: [] }] : [];
  const roles = mw.rolesAt?.(urlPath) ?? [];
  const why = mw.whyAt?.(urlPath);
  const entry = why ? { ...mw, why, text: `${mw.file} (${why})` } : mw;
  return roles.length ? [{ ...entry, roles: [...(entry.roles ?? []), 'role'], roleNames: [...(entry.roleNames ?? []), ...roles.flatMap(quoted)] }] : [entry];
}

/**
 * next-auth v4's `withAuth(middleware?, { callbacks: { authorized } })` (or `withAuth({ callbacks })`): the `authorized`
 * callback answers each request, and a falsy answer sends the caller to sign in.
 */
function withAuthAuthorized(ev: Evaluator, file: string, ref: ValueRef): Extract<AV, { t: 'fn' }> | null {
  const d = defOf(ev, { file, v: ref });
  if (d.v.k !== 'call') return null;
  const callee = ev.eval(d.file, d.v.callee);
  if (callee.t !== 'ext' || callee.module !== 'next-auth/middleware') return null;
  for (const a of d.v.args) {
    const o = ev.eval(d.file, a);
    if (o.t !== 'object' || !o.props.callbacks) continue;
    const cb = ev.eval(o.file, o.props.callbacks);
    if (cb.t !== 'object' || !cb.props.authorized) continue;
    const fn = ev.eval(cb.file, cb.props.authorized);
    if (fn.t === 'fn') return fn;
  }
  return null;
}

/**
 * The app's middleware as a chain entry, when it authenticates. `covers` says which paths it
 * protects: the `config.matcher`, minus Clerk-style public matchers (`isPublicRoute`), or
 * only the protected matchers when the middleware protects a named subset.
 */
function middlewareEntry(ev: Evaluator, classifier: Classifier, app: NextApp): MiddlewareEntry | null {
  if (!app.middlewareFile) return null;
  const f = ev.files.get(app.middlewareFile)!;
  const ref = f.exports.middleware ?? f.exports.default ?? f.exports.proxy;
  if (!ref) return null;
  const av = ev.eval(app.middlewareFile, ref);
  // Auth.js v5 `export { auth as middleware }`: it only puts the session on the request unless the
  // config's `callbacks.authorized` decides (the default lets every request through)
  const authJs = authJsConfig(ev, app.middlewareFile, ref);
  if (authJs && !authJs.authorized) return null;
  const c = authJs ? { roles: ['auth'], why: 'Auth.js callbacks.authorized' } : classifier.classify(av, refText(ref));
  let isAuth = c.roles.includes('auth');
  let why = c.why;
  if (!isAuth && av.t === 'wrapped') {
    const inner = innermost(av);
    if (inner.t === 'fn') {
      const fc = classifier.classifyFunction(inner.file, inner.id);
      isAuth = fc.roles.includes('auth');
      why = why || fc.why;
    }
  }
  // a middleware that only limits the request rate (`const { success } = await ratelimit.limit(ip); if (!success)
  // return new NextResponse(null, { status: 429 })`, @upstash/ratelimit's own recipe) gates nothing, but its limiter
  // runs before every route it covers
  let limitsOnly = false;
  const fnAv = av.t === 'wrapped' ? innermost(av) : av;
  const ms = fnAv.t === 'fn' ? ev.summary(fnAv.file, fnAv.id) : undefined;
  // (a limiter it calls for some paths only counts for those)
  const limitsAt = (urlPath: string) => matches(app.matcher, urlPath) && (c.roles.includes('rate-limit') || (!!ms && limitedOn(ms, urlPath)));
  if (!isAuth) {
    if (!c.roles.includes('rate-limit') && !ms?.limitsRate) return null;
    limitsOnly = true;
  }
  const pos = f.exportPos.middleware ?? f.exportPos.default ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const publicSets = (f.routeMatchers ?? []).filter((m) => /public|open|anon|unprotected|ignored/i.test(m.variable));
  const protectedSets = (f.routeMatchers ?? []).filter((m) => /protect|private|auth|secure|dashboard|admin/i.test(m.variable) && !publicSets.includes(m));
  const nextAuthWrapped = av.t === 'wrapped' && (av.wrapper.t === 'ext' || av.wrapper.t === 'extcall') && av.wrapper.module === 'next-auth/middleware';
  const libraryOpen = libraryPublicPaths(ev, av);
  const dispatch = fnAv.t === 'fn' && ms ? dispatchOf(ev, classifier, fnAv.file, ms) : null;
  const covers = (urlPath: string) => {
    if (!matches(app.matcher, urlPath)) return false;
    // a middleware dispatching by path (`if (pathname.startsWith('/portal')) return donorAuth(request); return
    // staffAuth(request, event)`): the middleware the path is handed to decides, with its own public paths
    if (dispatch) {
      const branch = dispatch.branches.find((b) => b.handles(urlPath)) ?? dispatch.rest;
      if (!branch.auth || branch.open.some((open) => open(urlPath))) return false;
    } else if (libraryOpen.some((open) => open(urlPath))) return false;
    // (the paths an auth library's own options let through: WorkOS AuthKit's `middlewareAuth.unauthenticatedPaths`,
    // Kinde's `publicPaths`)
    if (publicSets.some((m) => matches(m.patterns, urlPath))) return false;
    if (protectedSets.length && !protectedSets.some((m) => matches(m.patterns, urlPath))) return false;
    // `if (pathname.startsWith('/api/public')) return NextResponse.next()` inside the middleware
    // (next-auth's `withAuth(middleware, { callbacks })` checks the token before its middleware runs: what that function
    // hands on by path is handed on signed in)
    // (a branch handing the request to another auth middleware, `return kindeAuth(request)`, checks it there)
    const handsToAuth = (x: AV) => classifier.classify(x, '').roles.includes('auth');
    if (!nextAuthWrapped && (bypasses(ev, av, urlPath, undefined, handsToAuth) || (av.t === 'wrapped' && bypasses(ev, innermost(av), urlPath, undefined, handsToAuth)))) return false;
    return true;
  };
  if (limitsOnly) {
    return {
      av, text: `${app.middlewareFile} (rate limit)`, registeredAt: { file: app.middlewareFile, ...pos }, file: app.middlewareFile,
      roles: ['rate-limit'], why: 'Next.js middleware limits the request rate', covers: (u: string) => covers(u) && limitsAt(u),
    };
  }
  // a role its `authorized` callback asks, for every path or for some (`if (pathname.startsWith('/admin')) return token?.role === 'admin'`)
  const authorized = withAuthAuthorized(ev, app.middlewareFile, ref);
  const authorizedRolesAt = authorized ? (urlPath: string) => {
    const s = ev.summary(authorized.file, authorized.id);
    const scoped = (s?.pathRoleChecks ?? []).filter((c) => c.patterns.some((p) => pathPatternMatches(p, urlPath)) !== c.negated).map((c) => c.role);
    return s?.returnsRole ? [s.returnsRole, ...scoped] : scoped;
  } : undefined;
  // a role the middleware itself asks on some paths (`if (pathname.startsWith('/dashboard/admin') && payload.role !== 'staff')
  // return redirect`), by the URL: a server action's is its folder's page, not its file
  const own = fnAv.t === 'fn' ? checkingSummary(ev, fnAv.file, fnAv.id)?.pathRoleChecks ?? [] : [];
  const ownRolesAt = own.length ? (urlPath: string) => own.filter((c) => c.patterns.some((p) => pathPatternMatches(p, urlPath)) !== c.negated).map((c) => c.role) : undefined;
  const rolesAt = authorizedRolesAt || ownRolesAt ? (urlPath: string) => [...(authorizedRolesAt?.(urlPath) ?? []), ...(ownRolesAt?.(urlPath) ?? [])] : undefined;
  return {
    av, text: `${app.middlewareFile} (${why || 'rejects unauthenticated requests'})`, registeredAt: { file: app.middlewareFile, ...pos }, file: app.middlewareFile,
    roles: ['auth'], why: why || 'Next.js middleware rejects unauthenticated requests', covers, ...(rolesAt ? { rolesAt } : {}), ...(ms?.limitsRate ? { limitsAt } : {}),
    ...(dispatch ? { whyAt: (u: string) => (dispatch.branches.find((b) => b.handles(u)) ?? dispatch.rest).why } : {}),
  };
}

const AUTHKIT_MODULE = /^@workos-inc\/authkit-nextjs$/;
const KINDE_MODULE = /^@kinde-oss\/kinde-auth-nextjs(?:\/middleware|\/server)?$/;

/**
 * The paths an auth library middleware lets through by its own options, as tests of a URL path: WorkOS AuthKit
 * `authkitMiddleware({ middlewareAuth: { enabled: true, unauthenticatedPaths: ['/', '/api/public/:path*'] } })` (matched
 * as the `config.matcher` is), Kinde `withAuth(req, { publicPaths: ['/api/public'] })` or `withAuth(fn, { publicPaths })`
 * (a prefix of the path; `/` itself only the home page). Found in the middleware itself, or in the library middlewares
 * the app's own middleware function (or a helper it calls) hands requests to.
 */
function libraryPublicPaths(ev: Evaluator, av: AV, callArgs?: { file: string; args: ValueRef[] }): ((urlPath: string) => boolean)[] {
  const out: ((urlPath: string) => boolean)[] = [];
  const seen = new Set<string>();
  const strings = (file: string, ref: ValueRef | undefined): string[] => {
    const v = ref ? ev.eval(file, ref) : null;
    if (!v || v.t !== 'array') return [];
    return v.items.flatMap((i) => (i.t === 'lit' && typeof i.value === 'string' ? [i.value] : []));
  };
  const prop = (file: string, ref: ValueRef | undefined, key: string): { file: string; ref: ValueRef } | null => {
    const o = ref ? ev.eval(file, ref) : null;
    return o?.t === 'object' && o.props[key] ? { file: o.file, ref: o.props[key] } : null;
  };
  const kindeOptions = (file: string, args: ValueRef[]) => {
    for (const a of args) {
      const pp = prop(file, a, 'publicPaths');
      if (!pp) continue;
      const prefixes = strings(pp.file, pp.ref);
      if (prefixes.length) out.push((u) => prefixes.some((p) => (p === '/' ? u === '/' : u === p || u.startsWith(p.endsWith('/') ? p : p + '/'))));
    }
  };
  const visit = (v: AV, depth: number): void => {
    if (depth > 4) return;
    if (v.t === 'extcall') {
      const p = v.path.filter((x) => x !== '()').join('.');
      if (AUTHKIT_MODULE.test(v.module) && p === 'authkitMiddleware') {
        const ma = prop(v.file, v.args[0], 'middlewareAuth');
        const up = ma ? prop(ma.file, ma.ref, 'unauthenticatedPaths') : null;
        const patterns = up ? strings(up.file, up.ref) : [];
        if (patterns.length) out.push((u) => matches(patterns, u));
      } else if (KINDE_MODULE.test(v.module) && /^(?:withAuth|authMiddleware)$/.test(p)) kindeOptions(v.file, v.args);
      return;
    }
    if (v.t === 'wrapped') {
      visit(v.wrapper, depth + 1);
      visit(v.inner, depth + 1);
      return;
    }
    if (v.t !== 'fn') return;
    const key = `${v.file}#${v.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const c of ev.summary(v.file, v.id)?.calls ?? []) {
      const callee = ev.eval(v.file, c.callee);
      // `return withAuth(req, { publicPaths })` (Kinde's middleware called with the request)
      if (callee.t === 'ext' && KINDE_MODULE.test(callee.module) && /^(?:withAuth|authMiddleware)$/.test(callee.path.join('.'))) kindeOptions(v.file, c.argRefs);
      else if (callee.t === 'extcall' || callee.t === 'fn' || callee.t === 'wrapped') visit(callee, depth + 1);
    }
  };
  // (the library's middleware itself, called with the request and its options: `return kindeAuth(req, { publicPaths })`)
  if (av.t === 'ext' && callArgs && KINDE_MODULE.test(av.module) && /^(?:withAuth|authMiddleware)$/.test(av.path.join('.'))) kindeOptions(callArgs.file, callArgs.args);
  else visit(av, 0);
  return out;
}

interface DispatchBranch { auth: boolean; open: ((urlPath: string) => boolean)[]; why?: string }

/**
 * A middleware that hands the request, by path, to other middlewares and returns what they answer: each branch
 * (`if (pathname.startsWith('/portal')) return donorAuth(request)`) with whether its middleware authenticates and the
 * paths its options leave open, and the rest (what the function calls outside those branches, or its own checks).
 * null: the middleware dispatches nothing.
 */
function dispatchOf(ev: Evaluator, classifier: Classifier, file: string, s: import('../types').FunctionSummary): { branches: (DispatchBranch & { handles: (u: string) => boolean })[]; rest: DispatchBranch } | null {
  const gates = (s.pathBypass ?? []).filter((g) => g.handsTo && !g.within);
  if (!gates.length) return null;
  const judge = (target: AV, args?: ValueRef[]): DispatchBranch => {
    const c = classifier.classify(target, '');
    const auth = c.roles.includes('auth');
    return { auth, open: auth ? libraryPublicPaths(ev, target, args ? { file, args } : undefined) : [], ...(auth && c.why ? { why: c.why } : {}) };
  };
  const branches = gates.map((g) => ({
    ...judge(ev.eval(file, g.handsTo!), g.handsToArgs),
    handles: (u: string) => g.patterns.some((p) => pathPatternMatches(p, u)) !== g.negated,
  }));
  const handedTo = new Set(gates.map((g) => JSON.stringify(g.handsTo)));
  const rest: DispatchBranch = { auth: !!(s.sessionCheck || s.rejects), open: [] };
  for (const c of s.calls) {
    if (handedTo.has(JSON.stringify(c.callee))) continue;
    const callee = ev.eval(file, c.callee);
    if (callee.t !== 'fn' && callee.t !== 'extcall' && callee.t !== 'ext' && callee.t !== 'wrapped') continue;
    const j = judge(callee, c.argRefs);
    if (!j.auth) continue;
    rest.auth = true;
    rest.why ??= j.why;
    rest.open.push(...j.open);
  }
  return { branches, rest };
}

/**
 * The config of the Auth.js `NextAuth(config)` call an exported `auth` comes from (`export { auth as
 * middleware } from './auth'`, `export default NextAuth(authConfig).auth`), and whether its
 * `callbacks.authorized` is set (inline or in a spread config object). null: not Auth.js's `auth`.
 */
function authJsConfig(ev: Evaluator, file: string, ref: ValueRef, depth = 0): { authorized: boolean } | null {
  if (depth > 8) return null;
  if (ref.k === 'import') {
    const r = ev.resolver.resolve(file, ref.source);
    const target = r.kind === 'file' ? ev.files.get(r.rel)?.exports[ref.name] : undefined;
    return r.kind === 'file' && target ? authJsConfig(ev, r.rel, target, depth + 1) : null;
  }
  if (ref.k === 'ref') {
    const b = ev.files.get(file)?.bindings[ref.name];
    return b ? authJsConfig(ev, file, b, depth + 1) : null;
  }
  if (ref.k !== 'member' || ref.prop !== 'auth' || ref.object.k !== 'call') return null;
  const callee = ev.eval(file, ref.object.callee);
  if (callee.t !== 'ext' || !/^(?:next-auth|@auth\/nextjs)$/.test(callee.module) || callee.path.length) return null;
  const config = ref.object.args[0] ? ev.eval(file, ref.object.args[0]) : null;
  const hasAuthorized = (o: AV | null, d: number): boolean => {
    if (!o || o.t !== 'object' || d > 3) return false;
    const cb = o.props.callbacks ? ev.eval(o.file, o.props.callbacks) : null;
    if (cb?.t === 'object' && cb.props.authorized) return true;
    return Object.entries(o.props).some(([k, v]) => k.startsWith('...') && v.k === 'spread' && hasAuthorized(ev.eval(o.file, v.arg), d + 1));
  };
  // a config built by a function (`NextAuth((req) => ({...}))`) is not read: assume it decides
  return { authorized: !config || config.t !== 'object' || hasAuthorized(config, 0) };
}

/** Next.js matcher semantics (path-to-regexp with regex groups); no matcher = every path. */
export function matches(matcher: string[] | undefined, urlPath: string): boolean {
  if (!matcher || matcher.length === 0) return true;
  const sample = urlPath.replace(/:(\w+)\*/g, 'x/y').replace(/:(\w+)/g, 'x1');
  return matcher.some((m) => {
    try {
      return matcherRegex(m).test(sample);
    } catch {
      return false;
    }
  });
}

export function matcherRegex(m: string): RegExp {
  let out = '';
  let i = 0;
  while (i < m.length) {
    const ch = m[i];
    if (ch === '(') {
      // copy a regex group verbatim (balanced)
      let depth = 0;
      let j = i;
      for (; j < m.length; j++) {
        if (m[j] === '\\') {
          j++;
          continue;
        }
        if (m[j] === '(') depth++;
        else if (m[j] === ')' && --depth === 0) break;
      }
      out += m.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '/' && m[i + 1] === ':') {
      const mm = /^\/:(\w+)([*+?])?/.exec(m.slice(i))!;
      const mod = mm[2];
      out += mod === '*' ? '(?:/.*)?' : mod === '+' ? '(?:/.+)' : mod === '?' ? '(?:/[^/]+)?' : '/[^/]+';
      i += mm[0].length;
      continue;
    }
    if (ch === ':') {
      const mm = /^:(\w+)([*+?])?/.exec(m.slice(i))!;
      out += mm[2] === '*' ? '.*' : mm[2] === '+' ? '.+' : '[^/]+';
      i += mm[0].length;
      continue;
    }
    if (ch === '*') {
      out += '.*';
      i++;
      continue;
    }
    out += /[.+?^${}|[\]\\]/.test(ch) ? '\\' + ch : ch;
    i++;
  }
  return new RegExp('^' + out + '/?$');
}
