/**
 * Remix and React Router (framework mode): every module under `app/routes/` that exports a
 * `loader` (GET) or an `action` (POST) is an endpoint a client can call directly (data requests),
 * named by its file: flat routes (`users.$id.edit.tsx`), folder routes (`users.$id/route.tsx`),
 * remix-flat-routes `+` folders (`_auth+/login.tsx`), pathless `_layout` segments, optional
 * `($lang)` and splat `$` segments, `[.]` escapes. A parent layout's loader runs in parallel
 * with its children's, so it protects none of them: no chain is inherited. React Router 7's
 * `app/routes.ts` route config (`route()`, `index()`, `layout()`, `prefix()`, `flatRoutes()`)
 * decides instead of the folder when it exists. React Router's route `middleware` (`export const middleware =
 * [requireUser]`, `unstable_middleware` before 7.9) runs before the loader and action of its route and of every
 * route nested in it (flat-route names, folders, the route config's `layout()`/`route()` children, `root.tsx`).
 */
import * as path from 'path';
import type { FileFacts, ValueRef } from '../types';
import type { Evaluator } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';

// framework mode only: a plain react-router(-dom) SPA's loaders run in the browser
const REMIX_DEPS = /^(?:@remix-run\/(?:node|react|cloudflare|deno|server-runtime|dev)|@react-router\/(?:node|dev|cloudflare|serve|fs-routes))$/;
const EXPORTS: [string, string][] = [['loader', 'GET'], ['action', 'POST']];

/** Package folders whose app uses Remix or React Router ('' for the workspace root). */
function remixRoots(files: Map<string, FileFacts>): string[] {
  const out: string[] = [];
  for (const [file, f] of files) {
    if (!file.endsWith('package.json') || !(f.packageDeps ?? []).some((d) => REMIX_DEPS.test(d))) continue;
    const dir = path.posix.dirname(file);
    out.push(dir === '.' ? '' : dir);
  }
  return out;
}

export function remixRoutes(ev: Evaluator): RawRoute[] {
  const roots = remixRoots(ev.files);
  if (!roots.length) return [];
  const out: RawRoute[] = [];
  for (const root of roots) {
    const appDir = root ? `${root}/app` : 'app';
    const config = routeConfig(ev, appDir);
    // the root route (`app/root.tsx`) is every route's parent
    const rootFile = ['tsx', 'ts', 'jsx', 'js'].map((e) => `${appDir}/root.${e}`).find((x) => ev.files.has(x));
    const rootChain = rootFile ? middlewareOf(ev, rootFile) : [];
    // its loader runs for every page (a document request, a client navigation's data request): a `GET /` of its own
    const rootFacts = rootFile ? ev.files.get(rootFile) : undefined;
    if (rootFile && rootFacts && isRouteModule(rootFacts)) out.push(...moduleRoutes(ev, rootFile, rootFacts, '/', rootChain));
    // no app/routes.ts: the file-system convention under app/routes/
    for (const dir of config ? config.fsRoots : ['routes']) {
      const prefix = `${appDir}/${dir.replace(/^\.\/|\/$/g, '')}/`;
      // route ids (`_app.projects.$id`) of the folder's route modules, for their middleware
      const ids = new Map<string, string>();
      for (const [file, f] of ev.files) {
        if (!file.startsWith(prefix) || f.kind !== 'code') continue;
        const id = routeFileId(file.slice(prefix.length));
        if (id !== null) ids.set(id, file);
      }
      for (const [file, f] of ev.files) {
        if (!file.startsWith(prefix) || !isRouteModule(f) || roots.some((r) => r.length > root.length && file.startsWith(r + '/'))) continue;
        const urlPath = routeFilePath(file.slice(prefix.length));
        if (urlPath === null) continue;
        const id = routeFileId(file.slice(prefix.length));
        // its parents: the route modules whose ids are leading segments of its own (`_app` of `_app.projects`)
        const segs = id ? splitSegments(id).map((x) => x.text) : [];
        const parents: string[] = [];
        for (let i = 1; i < segs.length; i++) {
          const p = ids.get(segs.slice(0, i).join('.'));
          if (p) parents.push(p);
        }
        const chain = [...rootChain, ...parents.flatMap((p) => middlewareOf(ev, p)), ...middlewareOf(ev, file)];
        out.push(...moduleRoutes(ev, file, f, urlPath, chain));
      }
    }
    for (const r of config?.routes ?? []) {
      const f = ev.files.get(r.file);
      if (f && isRouteModule(f)) out.push(...moduleRoutes(ev, r.file, f, r.path, [...rootChain, ...r.parents.flatMap((p) => middlewareOf(ev, p)), ...middlewareOf(ev, r.file)]));
    }
  }
  return out;
}

function isRouteModule(f: FileFacts): boolean {
  return f.kind === 'code' && !!(f.exports.loader || f.exports.action);
}

/** A route module's `middleware` (`unstable_middleware`) functions, in order, as chain entries. */
function middlewareOf(ev: Evaluator, file: string): RawChainEntry[] {
  const f = ev.files.get(file);
  const name = f?.exports.middleware ? 'middleware' : f?.exports.unstable_middleware ? 'unstable_middleware' : null;
  if (!f || !name) return [];
  const pos = f.exportPos[name] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const ref = f.exports[name];
  const def = ref.k === 'ref' ? f.bindings[ref.name] ?? ref : ref;
  // `[requireUser, requireRole('admin')]`: each function by what the module wrote
  const refs = def.k === 'array' ? def.items : [ref];
  return refs.map((r) => ({ av: ev.eval(file, r), text: refText(r), registeredAt: { file, ...pos }, file }));
}

/** A route module's `loader` (GET) and `action` (POST) at a URL path. */
function moduleRoutes(ev: Evaluator, file: string, f: FileFacts, urlPath: string, chain: RawChainEntry[] = []): RawRoute[] {
  const out: RawRoute[] = [];
  for (const [name, method] of EXPORTS) {
    const ref = f.exports[name];
    if (!ref) continue;
    const pos = f.exportPos[name] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    out.push({
      framework: 'remix', method, path: urlPath, loc: { file, ...pos }, handler: ev.eval(file, ref), handlerText: refText(ref),
      handlerFile: file, chain, mounts: [], mountKnown: true, style: 'next-app',
    });
  }
  return out;
}

// `app/routes.ts` (React Router 7, Remix with route config): route(), index(), layout(), prefix()
const ROUTE_CONFIG = /^(?:@react-router\/dev\/routes|@remix-run\/route-config)$/;
const FS_ROUTES = /^(?:@react-router\/fs-routes|@remix-run\/fs-routes)$/;

interface RouteConfig {
  /** routes listed in the config: URL path and the module's workspace path */
  routes: { path: string; file: string; parents: string[] }[];
  /** folders (relative to app/) whose files are routes by the file-system convention (`flatRoutes()`) */
  fsRoots: string[];
}

/** The routes an `app/routes.ts` declares; undefined when there is none (or it exports nothing we can read). */
function routeConfig(ev: Evaluator, appDir: string): RouteConfig | undefined {
  const file = ['ts', 'mts', 'js', 'mjs', 'tsx', 'jsx'].map((e) => `${appDir}/routes.${e}`).find((f) => ev.files.has(f));
  if (!file) return undefined;
  const f = ev.files.get(file)!;
  const def = f.exports.default ?? f.exports['module.exports'];
  if (!def) return undefined;
  const config: RouteConfig = { routes: [], fsRoots: [] };
  readRoutes(ev, appDir, file, def, '', config, 0, []);
  // a config we cannot read at all (built some other way) leaves the folder convention in force
  return config.routes.length || config.fsRoots.length ? config : undefined;
}

function readRoutes(ev: Evaluator, appDir: string, file: string, ref: ValueRef, base: string, out: RouteConfig, depth: number, parents: string[]): void {
  if (depth > 30) return;
  const d = deref(ev, file, ref);
  if (!d) return;
  const v = d.ref;
  file = d.file;
  if (v.k === 'array') {
    for (const item of v.items) readRoutes(ev, appDir, file, item, base, out, depth + 1, parents);
    return;
  }
  if (v.k === 'spread') return readRoutes(ev, appDir, file, v.arg, base, out, depth + 1, parents);
  if (v.k !== 'call' || v.callee.k !== 'import') return;
  const { source, name } = v.callee;
  const text = (r: ValueRef | undefined) => {
    const x = r && deref(ev, file, r);
    return x && x.ref.k === 'lit' && typeof x.ref.value === 'string' ? x.ref.value : undefined;
  };
  const children = (args: ValueRef[]) => args.filter((a) => deref(ev, file, a)?.ref.k === 'array');
  const moduleFile = (m: string | undefined) => {
    if (!m) return undefined;
    const p = path.posix.normalize(path.posix.join(appDir, m));
    // the extension may be left out (`route('about', 'routes/about')`)
    return ev.files.has(p) ? p : ['.tsx', '.ts', '.jsx', '.js', '.mts', '.mjs'].map((e) => p + e).find((x) => ev.files.has(x)) ?? p;
  };
  if (FS_ROUTES.test(source) && name === 'flatRoutes') {
    const opts = v.args[0] && deref(ev, file, v.args[0]);
    const dir = opts?.ref.k === 'object' ? text(opts.ref.props.rootDirectory) : undefined;
    out.fsRoots.push(dir ?? 'routes');
    return;
  }
  if (!ROUTE_CONFIG.test(source)) return;
  if (name === 'route') {
    const p = text(v.args[0]);
    const m = moduleFile(text(v.args[1]));
    if (p === undefined || !m) return;
    const full = joinRoutePath(base, p);
    out.routes.push({ path: full, file: m, parents });
    for (const c of children(v.args.slice(2))) readRoutes(ev, appDir, file, c, full, out, depth + 1, [...parents, m]);
  } else if (name === 'index') {
    const m = moduleFile(text(v.args[0]));
    if (m) out.routes.push({ path: base || '/', file: m, parents });
  } else if (name === 'layout') {
    // a layout adds no path: its loader answers at its parent's path
    const m = moduleFile(text(v.args[0]));
    if (m) out.routes.push({ path: base || '/', file: m, parents });
    for (const c of children(v.args.slice(1))) readRoutes(ev, appDir, file, c, base, out, depth + 1, m ? [...parents, m] : parents);
  } else if (name === 'prefix') {
    const p = text(v.args[0]);
    if (p === undefined) return;
    for (const c of children(v.args.slice(1))) readRoutes(ev, appDir, file, c, joinRoutePath(base, p), out, depth + 1, parents);
  }
}

/** Follow a name to its value: a binding in the file, or an import's export in another file. */
function deref(ev: Evaluator, file: string, ref: ValueRef, depth = 0): { file: string; ref: ValueRef } | undefined {
  if (depth > 10) return undefined;
  if (ref.k === 'ref') {
    const f = ev.files.get(file);
    const b = f?.bindings[ref.name];
    if (b) return deref(ev, file, b, depth + 1);
    const imp = f?.imports[ref.name];
    return imp ? deref(ev, file, { k: 'import', source: imp.source, name: imp.name }, depth + 1) : undefined;
  }
  if (ref.k === 'import' && !ROUTE_CONFIG.test(ref.source) && !FS_ROUTES.test(ref.source)) {
    const r = ev.resolver.resolve(file, ref.source);
    if (r.kind !== 'file') return undefined;
    const exp = ev.files.get(r.rel)?.exports[ref.name];
    return exp ? deref(ev, r.rel, exp, depth + 1) : undefined;
  }
  return { file, ref };
}

/** `teams/:teamId` under `/concerts` -> `/concerts/teams/:teamId` (child paths are relative). */
function joinRoutePath(base: string, p: string): string {
  const segs = [...base.split('/'), ...p.split('/')].filter(Boolean);
  return '/' + segs.join('/');
}

/** A route module's id by the file convention (`_auth+/login.tsx` -> `_auth.login`, `users.$id/route.tsx` -> `users.$id`); null for other files. */
function routeFileId(rel: string): string | null {
  const dirs = rel.replace(/\.[cm]?[jt]sx?$/, '').split('/');
  let last = dirs.pop()!;
  if (dirs.length && !dirs[dirs.length - 1].endsWith('+')) {
    if (!/^(?:route|index)$/.test(last)) return null;
    last = dirs.pop()!;
  }
  return [...dirs.map((d) => d.replace(/\+$/, '')), last].join('.');
}

/** `_auth+/o.$orgUrl.settings_.($lang).sitemap[.]xml.tsx` -> `/o/:orgUrl/settings/:lang?/sitemap.xml`; null for non-route files. */
export function routeFilePath(rel: string): string | null {
  const dirs = rel.replace(/\.[cm]?[jt]sx?$/, '').split('/');
  let last = dirs.pop()!;
  if (dirs.length && !dirs[dirs.length - 1].endsWith('+')) {
    // a plain folder (`users.$id/route.tsx`): its route module is the route, its other files are modules
    if (!/^(?:route|index)$/.test(last)) return null;
    last = dirs.pop()!;
  }
  // remix-flat-routes `+` folders prefix their files' names (`_auth+/login.tsx` = `_auth.login.tsx`)
  const segs = splitSegments([...dirs.map((d) => d.replace(/\+$/, '')), last].join('.'));
  const out: string[] = [];
  for (const s of segs) {
    if (s.escaped) {
      out.push(s.text);
      continue;
    }
    const t = s.text.replace(/_$/, ''); // `users_.$id`: not nested under users' layout, same URL
    if (t === '' || t.startsWith('_')) continue; // pathless layouts, `_index`, `_layout`
    let m = /^\(\$(\w+)\)$/.exec(t);
    if (m) out.push(`:${m[1]}?`);
    else if (t === '$') out.push('*');
    else if ((m = /^\$(\w+)$/.exec(t))) out.push(`:${m[1]}`);
    // `$year[.]csv`: a parameter with an escaped suffix (`/reports/:year.csv`)
    else if ((m = /^\$(\w+)(\W.*)$/.exec(t)) && s.escapedFrom === m[1].length + 1) out.push(`:${m[1]}${m[2]}`);
    else if ((m = /^\((.+)\)$/.exec(t))) out.push(`${m[1]}?`);
    else out.push(t);
  }
  return '/' + out.join('/');
}

/**
 * Split on dots outside `[...]` escapes; a fully bracketed segment is literal text. `escapedFrom`: where
 * the first escaped character of the segment is (-1: none).
 */
function splitSegments(name: string): { text: string; escaped: boolean; escapedFrom: number }[] {
  const out: { text: string; escaped: boolean; escapedFrom: number }[] = [];
  let cur = '';
  let escapedOnly = true;
  let escapedFrom = -1;
  let inBracket = false;
  for (const ch of name) {
    if (ch === '[' && !inBracket) inBracket = true;
    else if (ch === ']' && inBracket) inBracket = false;
    else if (ch === '.' && !inBracket) {
      out.push({ text: cur, escaped: escapedOnly && cur !== '', escapedFrom });
      cur = '';
      escapedOnly = true;
      escapedFrom = -1;
    } else {
      if (inBracket && escapedFrom < 0) escapedFrom = cur.length;
      cur += ch;
      if (!inBracket) escapedOnly = false;
    }
  }
  out.push({ text: cur, escaped: escapedOnly && cur !== '', escapedFrom });
  return out;
}
