/**
 * Astro (on-demand rendering): endpoints under `src/pages/` (`.ts`/`.js` files exporting `GET`, `POST`,
 * ..., `ALL`), named by their file (`[id].json.ts` -> `/:id.json`, `[...slug].ts` -> `/:slug*`; files and
 * folders starting with `_` are not routes), on-demand `.astro` pages (their frontmatter, read as a function by
 * facts/astroFrontmatter.ts, is a GET handler, and a POST one when it branches on the method), and Astro Actions
 * (`export const server = { like: defineAction({ input, handler }) }` in `src/actions/index.ts`, nested
 * by key: POST `/_actions/like`, `/_actions/blog.like`), whose `input` schema validates what the handler
 * gets. The `onRequest` middleware (`src/middleware.ts` or `src/middleware/index.ts`, `defineMiddleware()`,
 * `sequence(a, b)`) runs before both: one that rejects requests without a session covers every route it does
 * not let through by path (`PUBLIC_ROUTES.includes(pathname)`), or only the paths it checks
 * (`if (pathname.startsWith('/api/admin') && !locals.user)`); its role checks for some paths cover those.
 * A middleware that only loads `locals.user` leaves the decision to each route.
 */
import * as path from 'path';
import type { FileFacts, ValueRef, Pos } from '../types';
import type { Evaluator, AV } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import type { Classifier } from '../model/classify';
import { roleNamesIn } from '../model/classify';
import { bypasses, pathRoleChecksAt } from './routerOps';
import { matches } from './nextjs';
import { ASTRO_PAGE_FUNCTION } from '../facts/astroFrontmatter';
import { lookupTable } from '../lookupTable';

const METHODS: Record<string, string> = lookupTable({
  GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE', HEAD: 'HEAD', OPTIONS: 'OPTIONS', ALL: 'ALL',
  // Astro 1-2 lower-case exports
  get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', del: 'DELETE', all: 'ALL',
});
const ENDPOINT_FILE = /\.[cm]?[jt]s$/;
const PAGE_FILE = /\.astro$/;
const CONFIG_FILE = /^astro\.config\.[cm]?[jt]s$/;
const NOWHERE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Folders of Astro apps ('' for the workspace root): an `astro.config.*`, or a package.json depending on `astro`. */
function astroRoots(files: Map<string, FileFacts>): string[] {
  const out = new Set<string>();
  for (const [file, f] of files) {
    const base = path.posix.basename(file);
    if (!CONFIG_FILE.test(base) && !(base === 'package.json' && (f.packageDeps ?? []).includes('astro'))) continue;
    const dir = path.posix.dirname(file);
    out.add(dir === '.' ? '' : dir);
  }
  return [...out];
}

/** `api/invoices/[id].json.ts` -> `/api/invoices/:id.json`; `index.ts` is its folder; null for `_private` files. */
export function astroPath(rel: string): string | null {
  const parts = rel.replace(ENDPOINT_FILE, '').split('/');
  if (parts.some((p) => p.startsWith('_'))) return null;
  if (parts[parts.length - 1] === 'index') parts.pop();
  const segs = parts.map((s) => s.replace(/\[\.\.\.(\w+)\]/g, ':$1*').replace(/\[(\w+)\]/g, ':$1'));
  return '/' + segs.filter(Boolean).join('/');
}

export function astroRoutes(ev: Evaluator, classifier: Classifier): RawRoute[] {
  const roots = astroRoots(ev.files);
  if (!roots.length) return [];
  const out: RawRoute[] = [];
  for (const root of roots) {
    const pre = root ? root + '/' : '';
    // a nested app's files belong to it
    const own = (file: string) => !roots.some((r) => r.length > root.length && (root === '' || r.startsWith(pre)) && file.startsWith(r + '/'));
    const mw = middlewareEntry(ev, classifier, pre);
    const serverOutput = outputOf(ev, pre) !== 'static';
    const pages = pre + 'src/pages/';
    for (const [file, f] of ev.files) {
      if (f.kind !== 'code' || !file.startsWith(pages) || !ENDPOINT_FILE.test(file) || !own(file)) continue;
      const urlPath = astroPath(file.slice(pages.length));
      if (urlPath === null || prerendered(ev, file, f)) continue;
      const chain = mw ? mw.chainFor(urlPath) : [];
      for (const [name, method] of Object.entries(METHODS)) {
        const ref = f.exports[name];
        if (!ref) continue;
        out.push({
          framework: 'astro', method, path: urlPath, loc: { file, ...(f.exportPos[name] ?? NOWHERE) }, handler: ev.eval(file, ref), handlerText: refText(ref),
          handlerFile: file, chain, mounts: [], mountKnown: true, style: 'next-app',
        });
      }
    }
    for (const [file, f] of ev.files) {
      if (f.kind !== 'code' || !file.startsWith(pages) || !PAGE_FILE.test(file) || !own(file)) continue;
      const urlPath = astroPath(file.slice(pages.length).replace(PAGE_FILE, ''));
      const ref = f.exports.default;
      if (urlPath === null || !ref || prerendered(ev, file, f) || (!serverOutput && !onDemand(ev, file, f)) || f.exports.getStaticPaths) continue;
      const handler = ev.eval(file, ref);
      const s = handler.t === 'fn' ? ev.summary(handler.file, handler.id) : undefined;
      // a page whose frontmatter only imports its layout and components renders the same for everyone: no entry point
      // worth listing (one that reads the request, the session or the database, or calls anything, is)
      if (!s || !(s.calls.length || s.queries.length || s.requestReads.length || s.readsCredential.length || s.sessionGetters.length || s.methodChecks.length || s.sessionCheck)) continue;
      // a page answers GET with its render; one that reads `Astro.request.method === 'POST'` handles its form posts too
      const methods = new Set(['GET', ...(s?.methodChecks ?? []).filter((m) => m !== 'OPTIONS' && m !== 'HEAD')]);
      for (const method of methods) {
        out.push({
          framework: 'astro', method, path: urlPath, loc: { file, ...(f.exportPos.default ?? NOWHERE) }, handler, handlerText: ASTRO_PAGE_FUNCTION,
          handlerFile: file, chain: mw ? mw.chainFor(urlPath) : [], mounts: [], mountKnown: true, style: 'next-pages',
        });
      }
    }
    const actions = ['src/actions/index', 'src/actions'].flatMap((b) => ['ts', 'js', 'mts', 'mjs'].map((e) => `${pre}${b}.${e}`)).find((p) => ev.files.has(p));
    const server = actions ? ev.files.get(actions)!.exports.server : undefined;
    if (actions && server) walkActions(ev, actions, server, '', out, (p) => (mw ? mw.chainFor(p) : []), 0);
  }
  return out;
}

/**
 * The config's `output` (`defineConfig({ output: 'server' })`): 'static' when it says 'static' or 'hybrid' (pages are
 * built ahead unless they say `prerender = false`), 'server' when it says so, undefined when it cannot be read (read
 * as 'server', like the endpoints: a page with nothing request-bound has nothing to report anyway).
 */
function outputOf(ev: Evaluator, pre: string): 'static' | 'server' | undefined {
  const file = ['mjs', 'ts', 'js', 'mts', 'cjs'].map((e) => `${pre}astro.config.${e}`).find((p) => ev.files.has(p));
  const ref = file ? ev.files.get(file)!.exports.default : undefined;
  if (!file || !ref) return undefined;
  const v = ev.eval(file, ref);
  const call = v.t === 'wrapped' ? v.wrapper : v;
  const opts = call.t === 'extcall' && call.args[0] ? ev.eval(call.file, call.args[0]) : call;
  if (opts.t !== 'object') return undefined;
  const out = opts.props.output ? ev.eval(opts.file, opts.props.output) : undefined;
  if (!out) return 'static';
  if (out.t !== 'lit') return undefined;
  return out.value === 'server' ? 'server' : out.value === 'static' || out.value === 'hybrid' ? 'static' : undefined;
}

/** `export const prerender = false` in a static site: this page is rendered on demand. */
function onDemand(ev: Evaluator, file: string, f: FileFacts): boolean {
  const ref = f.exports.prerender;
  if (!ref) return false;
  const v = ev.eval(file, ref);
  return v.t === 'lit' && v.value === false;
}

/** `export const prerender = true`: built once at build time, no request reaches it. */
function prerendered(ev: Evaluator, file: string, f: FileFacts): boolean {
  const ref = f.exports.prerender;
  if (!ref) return false;
  const v = ev.eval(file, ref);
  return v.t === 'lit' && v.value === true;
}

/** The actions of `server` (and of objects nested in it, `server = { blog: { like } }`, imported or not). */
function walkActions(ev: Evaluator, file: string, ref: ValueRef, prefix: string, out: RawRoute[], chainFor: (p: string) => RawChainEntry[], depth: number): void {
  if (depth > 4) return;
  const v = ev.eval(file, ref);
  if (v.t === 'object') {
    for (const [k, r] of Object.entries(v.props)) {
      if (k.startsWith('...')) {
        // `server = { ...userActions }` of an object we could not fold in
        const s = r.k === 'spread' ? r.arg : r;
        walkActions(ev, v.file, s, prefix, out, chainFor, depth + 1);
      } else walkActions(ev, v.file, r, prefix ? `${prefix}.${k}` : k, out, chainFor, depth + 1);
    }
    return;
  }
  const call = v.t === 'wrapped' ? v.wrapper : v;
  if (call.t !== 'extcall' || call.path.filter((x) => x !== '()').pop() !== 'defineAction' || !prefix) return;
  const opts = call.args[0] ? ev.eval(call.file, call.args[0]) : null;
  if (opts?.t !== 'object' || !opts.props.handler) return;
  const p = `/_actions/${prefix}`;
  const chain = [...chainFor(p)];
  const input = opts.props.input;
  if (input) {
    const av = ev.eval(opts.file, input);
    chain.push({
      av, text: `input: ${refText(input)}`.slice(0, 80), registeredAt: { file: call.file, ...call.pos }, file: call.file,
      roles: ['validation'], why: 'Astro action input schema (validated before the handler runs)',
    });
  }
  out.push({
    framework: 'astro', method: 'POST', path: p, loc: { file: call.file, ...call.pos }, handler: ev.eval(opts.file, opts.props.handler), handlerText: prefix,
    handlerFile: call.file, chain, mounts: [], mountKnown: true, style: 'astro-action',
  });
}

type MiddlewareEntry = { chainFor: (urlPath: string) => RawChainEntry[] };

/** The `onRequest` middleware as a chain entry, on the paths where it rejects requests without a session. */
function middlewareEntry(ev: Evaluator, classifier: Classifier, pre: string): MiddlewareEntry | null {
  const file = ['src/middleware', 'src/middleware/index'].flatMap((b) => ['ts', 'js', 'mts', 'mjs'].map((e) => `${pre}${b}.${e}`)).find((p) => ev.files.has(p));
  const ref = file ? ev.files.get(file)!.exports.onRequest : undefined;
  if (!file || !ref) return null;
  const parts = middlewareParts(ev, file, ref, 0);
  // it must end requests itself: a middleware that only loads `locals.user` leaves the decision to each route
  // (each middleware of the sequence may guard its own paths)
  const gates = parts.filter((p): p is Extract<AV, { t: 'fn' }> => p.t === 'fn' && classifier.classifyFunction(p.file, p.id).roles.includes('auth') && !!ev.summary(p.file, p.id)?.rejects);
  if (!gates.length) return null;
  const pos: Pos = ev.files.get(file)!.exportPos.onRequest ?? NOWHERE;
  const entryOf = (gate: Extract<AV, { t: 'fn' }>): RawChainEntry => {
    const why = classifier.classifyFunction(gate.file, gate.id).why;
    return {
      av: gate, text: `${file} onRequest (${why || 'rejects unauthenticated requests'})`, registeredAt: { file, ...pos }, file,
      roles: ['auth'], why: why || 'Astro middleware rejects unauthenticated requests',
    };
  };
  // Clerk's `createRouteMatcher([...])` sets, by what their names say (`isProtectedRoute`, `isPublicRoute`)
  const matchers = ev.files.get(file)!.routeMatchers ?? [];
  const publicSets = matchers.filter((m) => /public|open|anon|unprotected|ignored/i.test(m.variable));
  const protectedSets = matchers.filter((m) => /protect|private|auth|secure|dashboard|admin/i.test(m.variable) && !publicSets.includes(m));
  return {
    chainFor: (urlPath) => {
      const gate = gates.find((g) => !bypasses(ev, g, urlPath));
      if (!gate) return [];
      const entry = entryOf(gate);
      if (publicSets.some((m) => matches(m.patterns, urlPath))) return [];
      if (protectedSets.length && !protectedSets.some((m) => matches(m.patterns, urlPath))) return [];
      // role checks of any middleware in the sequence that apply to this path
      const roles = parts.flatMap((p) => (p.t === 'fn' ? pathRoleChecksAt(ev, p, urlPath) : []));
      if (!roles.length) return [entry];
      return [{ ...entry, roles: ['auth', 'role'], roleNames: roles.flatMap(roleNamesIn), why: `${entry.why}; role check for this path (${roles[0]})` }];
    },
  };
}

/** The functions `onRequest` runs: itself, `defineMiddleware(fn)`'s function, `sequence(a, b)`'s (nested sequences too). */
function middlewareParts(ev: Evaluator, file: string, ref: ValueRef, depth: number): AV[] {
  const av = ev.eval(file, ref);
  return partsOf(ev, av, depth);
}

function partsOf(ev: Evaluator, av: AV, depth: number): AV[] {
  if (depth > 4) return [];
  // (a call given functions evaluates as a wrapper around one of them: look at the call itself)
  const call = av.t === 'wrapped' && av.wrapper.t === 'extcall' ? av.wrapper : av;
  if (call.t === 'extcall') {
    const name = call.path.filter((x) => x !== '()').pop();
    if (name === 'sequence') return call.args.flatMap((a) => partsOf(ev, ev.eval(call.file, a), depth + 1));
    if (name === 'defineMiddleware' && call.args[0]) return partsOf(ev, ev.eval(call.file, call.args[0]), depth + 1);
  }
  if (av.t === 'wrapped') return partsOf(ev, av.inner, depth + 1);
  return [av];
}
