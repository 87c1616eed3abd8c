/** Facts of every file -> the linked application model. */
import { relieveHeap } from '../heapRelief';
import type { FileFacts, FunctionSummary } from '../types';
import type { AppModel, Route, CorsPolicy, LogCall, EnvDefinition, EnvRead, SkippedFile } from './types';
import { EXPRESS_API } from './types';
import type { RouteguardConfig } from '../config/types';
import { ModuleResolver } from './resolve';
import { Evaluator, memberParts } from './values';
import { Classifier } from './classify';
import { TenantIndex } from './tenants';
import { buildRoute } from './routes';
import type { RawRoute } from './rawRoute';
import { RouteMemo, TrackedFiles } from './routeMemo';
import { connectStyleRoutes, isTrpcAdapter, procedureChain } from '../frameworks/connectStyle';
import { focusedConnectStyleRoutes } from '../frameworks/connectStyleFocus';
import { fastifyRoutes } from '../frameworks/fastify';
import { nestRoutes } from '../frameworks/nestjs';
import { trpcRoutes, adapterRouterKey } from '../frameworks/trpc';
import { orpcRoutes } from '../frameworks/orpc';
import { nextRoutes, matches as nextPathMatches } from '../frameworks/nextjs';
import { remixRoutes } from '../frameworks/remix';
import { kitRoutes } from '../frameworks/sveltekit';
import { astroRoutes } from '../frameworks/astro';
import { hapiRoutes } from '../frameworks/hapi';
import { elysiaRoutes } from '../frameworks/elysia';
import { tanstackStartRoutes } from '../frameworks/tanstackStart';
import { graphqlRoutes } from '../frameworks/graphql';
import { supabaseEdgeRoutes } from '../frameworks/supabaseEdge';
import { nitroRoutes, nitroAutoImports } from '../frameworks/nuxt';
import { adonisRoutes } from '../frameworks/adonis';
import { decoratorControllerRoutes } from '../frameworks/decoratorControllers';
import { functionsWith } from '../facts/functionIndex';
import { isUnread } from '../facts/inert';

export interface LinkOptions {
  /** reuse a resolver while the file set is unchanged (the language server keeps one) */
  resolver?: ModuleResolver;
  /** called every few milliseconds while routes are built: lets the server answer requests, and cancel by throwing */
  pause?: () => Promise<void>;
  /** routes built by earlier links (language server) */
  memo?: RouteMemo;
  /**
   * routes to hand over before the rest are built (language server, with a memo): those registered in
   * or handled by these files (the open editors), so their diagnostics need not wait for the whole link
   */
  early?: EarlyRoutes;
}

export interface EarlyRoutes {
  /** routes registered or handled in these files */
  files: ReadonlySet<string>;
  /** and routes with these labels (`GET /invoices/:id`): those that had findings in the files */
  labels: ReadonlySet<string>;
  emit(routes: Route[]): Promise<void> | void;
}

export async function linkModel(root: string, files: Map<string, FileFacts>, config: RouteguardConfig, skipped: SkippedFile[], opts: LinkOptions = {}): Promise<AppModel> {
  const reuse = opts.resolver;
  // the language server keeps one resolver while the file set is unchanged (tsconfig reads and stats are cached in it)
  const resolver = reuse ?? new ModuleResolver(root, new Set(files.keys()));
  const memo = opts.memo;
  const tracked = memo ? new TrackedFiles(files) : undefined;
  const ev = new Evaluator(tracked ?? files, resolver);
  if (memo) ev.callSiteCache = memo.callSites;
  // Nuxt / Nitro server code calls its utils without importing them
  const autoImport = nitroAutoImports(files);
  if (autoImport) ev.autoImport = autoImport;
  const classifier = new Classifier(ev, config);
  const tenants = TenantIndex.of(files, config);
  // tenant ownership reaches every query of every route: an index built from other inputs starts the memo over
  memo?.begin(files, config, tenants.inputKey);
  // only an app that imports tRPC's server package can hand requests to its adapter
  let usesTrpc = false;
  for (const f of files.values()) {
    if (!importsTrpcServer(f)) continue;
    usesTrpc = true;
    break;
  }
  const adapters = [() => connectStyleRoutes(ev, memo ? (m) => (memo.connectStyle = m) : undefined), () => fastifyRoutes(ev, classifier), () => nestRoutes(ev, classifier), () => trpcRoutes(ev), () => orpcRoutes(ev), () => nextRoutes(ev, classifier), () => remixRoutes(ev), () => kitRoutes(ev, classifier), () => astroRoutes(ev, classifier), () => hapiRoutes(ev), () => nitroRoutes(ev, classifier), () => elysiaRoutes(ev, classifier), () => adonisRoutes(ev, classifier), () => tanstackStartRoutes(ev), () => graphqlRoutes(ev), () => supabaseEdgeRoutes(ev), () => decoratorControllerRoutes(ev)];
  const build = (raw: RawRoute, index: number) => {
    // (building routes reads summaries and lazily extracted files: the garbage of a cold audit's peak)
    relieveHeap();
    return memo && tracked ? memoisedRoute(memo, tracked, raw, { ev, classifier, tenants, config, handlers: memo.handlers }, index) : buildRoute(raw, { ev, classifier, tenants, config }, index);
  };
  let slice = Date.now();
  const breathe = async () => {
    if (opts.pause && Date.now() - slice > 8) {
      await opts.pause();
      slice = Date.now();
    }
  };
  /** the raw routes that are routes of the application (not transport, not tests), each once */
  const keep = async (raws: RawRoute[]): Promise<RawRoute[]> => {
    const kept: RawRoute[] = [];
    const seen = new Set<string>();
    for (const raw of raws) {
      await breathe();
      if ((usesTrpc && isTransport(ev, raw)) || handsToRouter(ev, raw) || TEST_FILE.test(raw.loc.file)) continue;
      const key = `${raw.method} ${raw.path} ${raw.loc.file}:${raw.loc.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(raw);
    }
    return kept;
  };
  const byAdapter: (RawRoute[] | undefined)[] = adapters.map(() => undefined);
  const run = async (i: number) => {
    // an edit that arrives meanwhile cancels this link here rather than after all of it
    if (opts.pause) await opts.pause();
    byAdapter[i] = adapters[i]();
    relieveHeap();
  };
  // the open editors' routes first: the adapters that found routes in those files last time run
  // first, and their routes are built and handed over before the other adapters run
  const built = new Map<RawRoute, Route>();
  const early = opts.early;
  if (early && memo) {
    const wanted = [...early.files, ...early.labels];
    const first = adapters.map((_, i) => i).filter((i) => wanted.some((w) => memo.adapterFiles[i]?.has(w)));
    // (also the routes whose handler function is written in an edited file: a controller's `exports.search`, registered elsewhere)
    const related = (raw: RawRoute) => early.files.has(raw.handlerFile) || early.files.has(handlerFnFile(raw) ?? '') || early.labels.has(`${raw.method} ${raw.path}`);
    const raws: RawRoute[] = [];
    for (const i of first) {
      // Express / Koa / Hono: only the routers the open editors register on, walked from where the last link met them
      // (its own evaluator: the routers it makes hold only those ops)
      const focused = i === 0 && memo.connectStyle ? focusedConnectStyleRoutes(focusEvaluator(ev), early.files, memo.connectStyle, related) : null;
      if (focused) raws.push(...focused);
      else {
        await run(i);
        raws.push(...byAdapter[i]!);
      }
    }
    // (not tRPC procedures: the middleware in front of their transport is known once every adapter has run)
    const focus = await keep(raws.filter((raw) => raw.framework !== 'trpc').filter((raw) => early.files.has(raw.loc.file) || related(raw)));
    focus.forEach((raw, i) => built.set(raw, build(raw, i)));
    if (built.size) await early.emit([...built.values()]);
  }
  for (let i = 0; i < adapters.length; i++) if (!byAdapter[i]) await run(i);
  if (memo) memo.adapterFiles = byAdapter.map((raws) => new Set((raws ?? []).flatMap((r) => [r.loc.file, r.handlerFile, ...(handlerFnFile(r) ? [handlerFnFile(r)!] : []), `${r.method} ${r.path}`])));
  const kept = await keep(usesTrpc ? behindTransports(ev, byAdapter.flatMap((raws) => raws!)) : byAdapter.flatMap((raws) => raws!));
  const routes: Route[] = [];
  for (let i = 0; i < kept.length; i++) {
    await breathe();
    const raw = kept[i];
    const before = built.get(raw);
    if (!before) routes.push(build(raw, i));
    else if (before.id === `r${i}`) routes.push(before);
    else {
      // built early under another index
      const copy: Route = { ...before, id: `r${i}` };
      const source = memo?.sourceOf(before);
      if (source) memo!.setSource(copy, source);
      routes.push(copy);
    }
  }
  memo?.end();

  // which function belongs to which routes (handler, its nested functions, chain middleware)
  const fnRoutes = new Map<string, string[]>();
  const addFn = (key: string, id: string) => {
    const l = fnRoutes.get(key) ?? [];
    if (!l.includes(id)) l.push(id);
    fnRoutes.set(key, l);
  };
  // only logs, CORS settings and error details sent are given routes by the function they sit in: the
  // summaries of other files are not read for it (a warm audit parses a file's summaries only when needed)
  const placed = new Set<string>();
  for (const [file, f] of files) if (contributes(f) && (f.cors.length || f.errorLeaks?.length || functionsWith(f, 'logs').length)) placed.add(file);
  // functions nest: those starting inside a function are the ones inside it, a run in start order
  const addWithin = (h: import('../types').Loc, routeId: string) => {
    if (!placed.has(h.file)) return;
    const f = files.get(h.file);
    if (!f) return;
    const fns = functionsByStart(f);
    for (let i = firstStartingAt(fns, h.line, h.column); i < fns.length; i++) {
      const s = fns[i];
      if (s.pos.line > h.endLine || (s.pos.line === h.endLine && s.pos.column > h.endColumn)) break;
      const inside = s.pos.endLine < h.endLine || (s.pos.endLine === h.endLine && s.pos.endColumn <= h.endColumn);
      if (inside) addFn(`${h.file}#${s.id}`, routeId);
    }
  };
  for (const r of routes) {
    if (r.handlerLoc) addWithin(r.handlerLoc, r.id);
    for (const m of r.runsWith ?? []) addWithin(m, r.id);
  }

  const cors: CorsPolicy[] = [];
  const logs: LogCall[] = [];
  const envDefinitions: EnvDefinition[] = [];
  const envPrefixes: NonNullable<AppModel['envPrefixes']> = [];
  const envReads: EnvRead[] = [];
  const suppressions: AppModel['suppressions'] = [];
  const cookies: AppModel['cookies'] = [];
  const jwtUses: AppModel['jwtUses'] = [];
  const errorLeaks: AppModel['errorLeaks'] = [];
  const storageWrites: AppModel['storageWrites'] = [];
  const uploads: AppModel['uploads'] = [];
  const secretLiterals: AppModel['secretLiterals'] = [];
  const clientFiles: string[] = [];
  // most files add nothing here (told once per facts object: the server relinks after every edit)
  const contributing: [string, FileFacts][] = [];
  for (const entry of files) if (contributes(entry[1])) contributing.push(entry);
  const redactionConfigs = contributing.flatMap(([, f]) => Object.values(f.loggerRedactions));
  const frameworkRedactions = contributing.flatMap(([, f]) => Object.entries(f.loggerRedactions).filter(([k]) => f.frameworkLoggers?.includes(k)).map(([, p]) => p));
  for (const [file, f] of contributing) {
    for (const c of f.cors) {
      let routeIds: string[] = [];
      if (c.source === 'cors-lib') {
        const site = `${file}:${c.callPos.line}:${c.callPos.column}`;
        routeIds = routes.filter((r) => r.chain.some((e) => e.site === site)).map((r) => r.id);
      } else if (c.source === 'config-headers') {
        // a header rule covers the routes its `source` matches (path-to-regexp, as a middleware matcher)
        // (vercel.json's rules apply to whatever the deployment serves, not only Next.js routes)
        routeIds = routes.filter((r) => (r.framework.startsWith('nextjs') || c.library === 'vercel.json') && (!c.sourcePatterns || nextPathMatches(c.sourcePatterns, r.path))).map((r) => r.id);
      } else if (c.inFunction) {
        routeIds = fnRoutes.get(`${file}#${c.inFunction}`) ?? [];
        if (!routeIds.length) {
          // a middleware/helper that sets the header: routes whose chain includes that function
          routeIds = routes.filter((r) => r.chain.some((e) => e.definedAt?.file === file && e.definedAt.line === f.functions[c.inFunction!]?.pos.line)).map((r) => r.id);
        }
        // (a helper of the file that makes the headers, `headers: corsHeaders(request)`: the routes of the functions calling it)
        if (!routeIds.length) routeIds = [...new Set(callersInFile(f, c.inFunction).flatMap((id) => fnRoutes.get(`${file}#${id}`) ?? []))];
      }
      cors.push({ ...c, file, routeIds });
      for (const id of routeIds) {
        const r = routes.find((x) => x.id === id)!;
        r.cors = c.origin === 'allowlist' ? (r.cors === 'none' ? 'allowlist' : r.cors) : c.origin;
      }
    }
    for (const fn of functionsWith(f, 'logs')) {
      for (const l of fn.logs) {
        if (l.viaImport && !importedLogger(ev, file, l.callee)) continue;
        const routeIds = fnRoutes.get(`${file}#${fn.id}`) ?? [];
        const redactedPaths = redactionFor(ev, file, f, l.callee, redactionConfigs, frameworkRedactions);
        logs.push({ ...withoutClaimsSessions(ev, file, l), file, routeIds, redactedPaths });
      }
    }
    for (const d of f.envDefinitions) envDefinitions.push({ ...d, file });
    if (f.envPrefixes?.length) envPrefixes.push({ dir: file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '', prefixes: f.envPrefixes });
    for (const r of f.envReads) envReads.push({ ...r, file, clientSide: f.useClient });
    for (const s of f.suppressions) suppressions.push({ ...s, file });
    for (const x of f.cookieSets ?? []) cookies.push({ ...x, file });
    for (const x of f.jwtUses ?? []) {
      jwtUses.push({ ...x, file });
      // `jwt.verify(token, config.jwtSecret)` where the config module falls back to a literal
      const fb = x.secretRef ? secretFallbackOf(ev, file, x.secretRef) : null;
      if (fb && !jwtUses.some((j) => (j.fallback || j.declared) && j.file === fb.file && j.pos.line === fb.pos.line && j.pos.column === fb.pos.column)) {
        jwtUses.push({ op: 'config', pos: fb.pos, library: x.library, secret: 'literal', secretLength: fb.length, ...(fb.literal ? { declared: true } : { fallback: true }), inFunction: 0, file: fb.file });
      }
    }
    for (const x of f.errorLeaks ?? []) errorLeaks.push({ ...x, file, routeIds: fnRoutes.get(`${file}#${x.inFunction}`) ?? [] });
    for (const x of f.storageWrites ?? []) storageWrites.push({ ...x, file });
    for (const x of f.uploads ?? []) {
      const { optionsRef, ...u } = x;
      if (optionsRef) {
        // `multer(uploadOptions)` with `export const uploadOptions = { limits: { fileSize }, fileFilter }` in another module
        // (options it cannot read give no verdict)
        const o = ev.eval(file, optionsRef);
        if (o.t !== 'object') continue;
        const limits = o.props.limits ? ev.eval(o.file, o.props.limits) : null;
        uploads.push({ ...u, hasLimit: limits?.t === 'object' && !!limits.props.fileSize, hasTypeCheck: !!o.props.fileFilter, file });
        continue;
      }
      // (a form-data upload whose handler hands the file to a helper of the app that checks it, `assertImage(file)`)
      const { inFunction, ...v } = u;
      const helpers = inFunction !== undefined ? (ev.summary(file, inFunction)?.calls ?? []).map((c) => ev.eval(file, c.callee)).flatMap((a) => (a.t === 'fn' ? [ev.summary(a.file, a.id)?.checksFile] : [])) : [];
      uploads.push({ ...v, hasLimit: v.hasLimit || helpers.some((h) => h?.limit), hasTypeCheck: v.hasTypeCheck || helpers.some((h) => h?.type), file });
    }
    for (const x of f.secretLiterals ?? []) secretLiterals.push({ ...x, file });
    // `session({ secret: config.sessionSecret })` where the config module falls back to a literal
    for (const x of f.sessionSecretRefs ?? []) {
      const fb = secretFallbackOf(ev, file, x.ref);
      const same = (s: { pos: import('../types').Pos }) => s.pos.line === fb!.pos.line && s.pos.column === fb!.pos.column;
      // (a literal the module's own facts already report, whichever file is linked first)
      if (fb && !secretLiterals.some((s) => s.file === fb.file && same(s)) && !(ev.files.get(fb.file)?.secretLiterals ?? []).some(same)) {
        secretLiterals.push({ pos: fb.pos, name: x.what, format: 'session signing secret', redacted: `…(${fb.length} chars)`, file: fb.file });
      }
    }
    if (f.useClient) clientFiles.push(file);
  }

  const authCounts = new Map<string, number>();
  for (const r of routes) for (const e of r.chain) if (e.roles.includes('auth') && !e.roles.includes('role')) authCounts.set(e.name, (authCounts.get(e.name) ?? 0) + 1);
  const common = [...authCounts.entries()].sort((a, b) => b[1] - a[1])[0];

  return {
    root, files: [...files.keys()], routes, cors, logs, envDefinitions, envReads, ...(envPrefixes.length ? { envPrefixes } : {}), cookies, jwtUses, errorLeaks, storageWrites, uploads, secretLiterals, clientFiles,
    prismaModels: tenants.prismaModels, sqlTables: tenants.sqlTables, suppressions, skipped, config,
    userTenantKeys: tenants.userTenantKeys(),
    ...(tenants.memberRoles() ? { memberRoles: true } : {}),
    commonAuth: common ? { name: common[0] } : config.authMiddleware[0] ? { name: config.authMiddleware[0] } : undefined,
  };
}

/** A route from the memo when nothing it read changed, else built (recording what it reads). */
function memoisedRoute(memo: RouteMemo, tracked: TrackedFiles, raw: import('./rawRoute').RawRoute, ctx: import('./routes').RouteContext, index: number): Route {
  const key = memo.key(raw);
  const hit = memo.get(key, tracked);
  // a copy: the linker sets cors on it, and ids follow the order of this link
  if (hit) {
    const copy: Route = { ...hit, id: `r${index}`, cors: 'none' };
    memo.setSource(copy, hit);
    return copy;
  }
  tracked.tracker = new Set([raw.loc.file, raw.handlerFile, ...raw.mounts.map((m) => m.file), ...raw.chain.flatMap((e) => [e.file, e.registeredAt.file, 'file' in e.av ? String((e.av as { file: unknown }).file) : ''])]);
  const route = buildRoute(raw, ctx, index);
  for (const e of route.chain) if (e.definedAt) tracked.tracker.add(e.definedAt.file);
  for (const q of route.queries) tracked.tracker.add(q.loc.file);
  const deps = tracked.tracker;
  tracked.tracker = undefined;
  deps.delete('');
  const kept: Route = { ...route, cors: 'none' };
  memo.set(key, kept, deps, tracked);
  memo.setSource(route, kept);
  return route;
}

/** A file's functions (the module aside) in order of where they start. */
const byStart = new WeakMap<FileFacts, FunctionSummary[]>();
function functionsByStart(f: FileFacts): FunctionSummary[] {
  let fns = byStart.get(f);
  if (!fns) {
    fns = f.functions.filter((s) => s.id !== 0).sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
    byStart.set(f, fns);
  }
  return fns;
}

function firstStartingAt(fns: FunctionSummary[], line: number, column: number): number {
  let lo = 0;
  let hi = fns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = fns[mid].pos;
    if (p.line < line || (p.line === line && p.column < column)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The literal a secret read from a config object or constant falls back to: `config.jwtSecret` with
 * `export const config = { jwtSecret: process.env.JWT_SECRET || 'dev' }` or `module.exports = {...}` in the
 * module it is imported or required from, or a constant of the same file.
 */
function secretFallbackOf(ev: Evaluator, file: string, ref: import('../types').ValueRef): { file: string; pos: import('../types').Pos; length: number; literal?: true } | null {
  const parts = memberParts(ref, 6);
  const props = parts.props;
  let base = parts.base;
  const find = (target: string, candidates: string[][]) => {
    const fbs = ev.files.get(target)?.secretFallbacks ?? [];
    for (const c of candidates) {
      const hit = fbs.find((x) => x.path.length === c.length && x.path.every((p, i) => p === c[i]));
      if (hit) return { file: target, pos: hit.pos, length: hit.length, ...(hit.literal ? { literal: hit.literal } : {}) };
    }
    return null;
  };
  // (also kept in a variable first: `const config = useRuntimeConfig()`, then `NuxtAuthHandler({ secret: config.authSecret })`)
  if (base.k === 'ref') {
    const bound = ev.files.get(file)?.bindings[base.name];
    if (bound?.k === 'call' && (bound.callee.k === 'global' || bound.callee.k === 'ref') && bound.callee.name === 'useRuntimeConfig') base = bound;
  }
  // Nuxt / Nitro `useRuntimeConfig(event).jwtSecret` (auto-imported): the `runtimeConfig` of the app's nuxt.config
  // (`nitro.config`), the nearest one above the file
  if (base.k === 'call' && (base.callee.k === 'global' || base.callee.k === 'ref') && base.callee.name === 'useRuntimeConfig') {
    let dir = file;
    while (dir.includes('/')) {
      dir = dir.slice(0, dir.lastIndexOf('/'));
      const config = [...ev.files.keys()].find((k) => k.startsWith(dir + '/') && /^(?:nuxt|nitro)\.config\.[cm]?[jt]s$/.test(k.slice(dir.length + 1)));
      if (config) return find(config, [['default', 'runtimeConfig', ...props]]);
    }
    const top = [...ev.files.keys()].find((k) => /^(?:nuxt|nitro)\.config\.[cm]?[jt]s$/.test(k));
    return top ? find(top, [['default', 'runtimeConfig', ...props]]) : null;
  }
  // `const config = require('../config')`: a local name bound to another module (CommonJS)
  if (base.k === 'ref') {
    const bound = ev.files.get(file)?.bindings[base.name];
    if (bound?.k !== 'import') return find(file, [[base.name, ...props]]);
    base = bound;
  }
  if (base.k !== 'import') return null;
  const r = ev.resolver.resolve(file, base.source);
  if (r.kind !== 'file') return null;
  const tf = ev.files.get(r.rel);
  if (!tf) return null;
  const localOf = (name: string) => {
    const e = tf.exports[name];
    return e?.k === 'ref' ? e.name : name;
  };
  const candidates: string[][] = [];
  if (base.name === '*' || base.name === 'default') {
    candidates.push(['module.exports', ...props], ['default', ...props], [localOf('module.exports'), ...props], [localOf('default'), ...props]);
    if (props.length) candidates.push([localOf(props[0]), ...props.slice(1)]);
  } else candidates.push([localOf(base.name), ...props], [base.name, ...props]);
  return find(r.rel, candidates);
}

const LOGGER_LIBS = /^(?:pino|winston|bunyan|log4js|consola|signale|loglevel|roarr|tslog)$/;

/** `import { audit } from './audit'` where audit.ts has `export const audit = pino(...)` (or a `.child()` of such a logger). */
/**
 * A whole session logged is no credential when it is the answer of the app's own getter that returns only what a token
 * library verified (`const { payload } = await jwtVerify(token, key); return payload`, jsonwebtoken's `jwt.verify(...)`),
 * or null: the token's claims (the user's id, tenant, role), not the token, a cookie id or a provider's access token.
 */
function withoutClaimsSessions(ev: Evaluator, file: string, l: import('../types').LogCallFact): import('../types').LogCallFact {
  if (!l.args.some((a) => a.sessionFrom?.length)) return l;
  const args = l.args.map((a) => {
    if (!a.sessionFrom?.length || !a.sessionFrom.every((g) => !!g && returnsVerifiedClaims(ev, file, g, 0))) return a;
    return { ...a, sensitive: a.sensitive.filter((s) => s !== 'session') };
  });
  return { ...l, args: args.filter((a) => a.sensitive.length) };
}

function returnsVerifiedClaims(ev: Evaluator, file: string, callee: import('../types').ValueRef, depth: number): boolean {
  if (depth > 3) return false;
  const fn = ev.eval(file, callee);
  if (fn.t !== 'fn') return false;
  const s = ev.summary(fn.file, fn.id);
  if (!s) return false;
  let claims = false;
  for (const r of s.returns) {
    if (r.k === 'lit' && (r.value === null || r.value === undefined)) continue;
    if (r.k === 'global' && r.name === 'undefined') continue;
    if (verifiedClaims(ev, fn.file, r)) claims = true;
    // (`return decrypt(cookie)`: another getter of the app's that answers the claims)
    else if (r.k === 'call' && (r.callee.k === 'ref' || r.callee.k === 'import' || r.callee.k === 'fn') && returnsVerifiedClaims(ev, fn.file, r.callee, depth + 1)) claims = true;
    else return false;
  }
  return claims;
}

/** `(await jwtVerify(token, key)).payload` of jose, or jsonwebtoken's `jwt.verify(token, secret)` answer */
function verifiedClaims(ev: Evaluator, file: string, r: import('../types').ValueRef): boolean {
  const verifier = (c: import('../types').ValueRef, names: RegExp, libs: RegExp): boolean => {
    if (c.k === 'import') return libs.test(c.source) && names.test(c.name);
    if (c.k === 'member' && c.object.k === 'import') return libs.test(c.object.source) && names.test(c.prop);
    if (c.k === 'ref') {
      const b = ev.files.get(file)?.bindings[c.name];
      return !!b && b.k !== 'ref' && verifier(b, names, libs);
    }
    return false;
  };
  if (r.k === 'member' && r.prop === 'payload' && r.object.k === 'call') return verifier(r.object.callee, /^jwtVerify$/, /^jose$/);
  if (r.k === 'call') return verifier(r.callee, /^verify$/, /^(?:jsonwebtoken|fast-jwt)$/);
  return false;
}

function importedLogger(ev: Evaluator, file: string, callee: import('../types').ValueRef): boolean {
  const { base: v, props } = memberParts(callee);
  if (v.k !== 'import') return false;
  const r = ev.resolver.resolve(file, v.source);
  if (r.kind !== 'file') return false;
  const tf = ev.files.get(r.rel);
  if (!tf) return false;
  const name = (v.name === '*' || v.name === 'default') && props.length && tf.exports[props[0]] ? props[0] : v.name;
  let made: import('../types').ValueRef | undefined = tf.exports[name];
  for (let i = 0; i < 4 && made; i++) {
    if (made.k === 'ref') made = tf.bindings[made.name];
    else if ((made.k === 'call' || made.k === 'new') && made.callee.k === 'member' && made.callee.prop === 'child') made = made.callee.object;
    else break;
  }
  if (!made || (made.k !== 'call' && made.k !== 'new')) return false;
  let c = made.callee;
  while (c.k === 'member') c = c.object;
  if (c.k === 'ref') c = tf.bindings[c.name] ?? c;
  return c.k === 'import' && LOGGER_LIBS.test(c.source);
}

/** Does a file add anything to the model's per-file lists (CORS, logs, env, cookies, suppressions...)? */
const contributions = new WeakMap<FileFacts, boolean>();
function contributes(f: FileFacts): boolean {
  let v = contributions.get(f);
  if (v === undefined) {
    const lists = [f.cors, f.envDefinitions, f.envReads, f.envPrefixes, f.suppressions, f.cookieSets, f.jwtUses, f.errorLeaks, f.storageWrites, f.uploads, f.secretLiterals, f.sessionSecretRefs];
    v = f.useClient || Object.keys(f.loggerRedactions).length > 0 || lists.some((l) => (l?.length ?? 0) > 0) || functionsWith(f, 'logs').length > 0;
    contributions.set(f, v);
  }
  return v;
}

const trpcImports = new WeakMap<FileFacts, boolean>();
function importsTrpcServer(f: FileFacts): boolean {
  let v = trpcImports.get(f);
  if (v === undefined) {
    // an inert file's text has no `trpc` / `orpc` in it (facts/inert.ts)
    v = !isUnread(f) && Object.values(f.imports).some((i) => /^@[to]rpc\/server(?:\/|$)|^@orpc\/openapi(?:\/|$)/.test(i.source));
    trpcImports.set(f, v);
  }
  return v;
}

/** Routes declared in tests exercise the framework; they are not the application's routes. */
const TEST_FILE = /(?:^|\/)(?:test|tests|__tests__|spec|e2e|cypress|playwright)\/|\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;

/**
 * A route whose handler only hands the request to tRPC's adapter (`/api/trpc/[trpc]`) is
 * transport: its procedures are the routes, each with its own chain.
 */
function isTransport(ev: Evaluator, raw: import('./rawRoute').RawRoute): boolean {
  return !!transportKind(ev, raw);
}

/** The root router a tRPC transport hands requests to, when it can be read. */
function servedRouter(ev: Evaluator, raw: import('./rawRoute').RawRoute): string | null {
  let h = raw.handler;
  if (h.t === 'wrapped') h = h.wrapper;
  if (h.t === 'extcall') return adapterRouterKey(ev, h.file, h.args);
  if (h.t !== 'fn') return null;
  for (const c of ev.summary(h.file, h.id)?.calls ?? []) {
    const callee = ev.eval(h.file, c.callee);
    if (callee.t === 'ext' && /^@trpc\/server(?:\/|$)/.test(callee.module)) return adapterRouterKey(ev, h.file, c.argRefs);
  }
  return null;
}

function transportKind(ev: Evaluator, raw: import('./rawRoute').RawRoute): 'trpc' | 'orpc' | null {
  const kind = (av: import('./values').AV) => {
    if (av.t !== 'ext' && av.t !== 'extcall') return null;
    if ((/^@trpc\/server(?:\/|$)/.test(av.module) && /(?:RequestHandler|ApiHandler|HTTPHandler|Middleware)$/.test(av.path.filter((x) => x !== '()').pop() ?? '')) || isTrpcAdapter(av)) return 'trpc';
    // oRPC: `handler.handle(request, { prefix: '/rpc', context })` of a `new RPCHandler(router)` / `new OpenAPIHandler(router)`
    if (/^@orpc\/(?:server|openapi)(?:\/|$)/.test(av.module) && av.path.some((x) => /(?:RPC|OpenAPI)Handler$/.test(x))) return 'orpc';
    return null;
  };
  let h = raw.handler;
  if (h.t === 'wrapped') h = h.wrapper;
  const direct = kind(h);
  if (direct || h.t !== 'fn') return direct;
  const s = ev.summary(h.file, h.id);
  for (const c of s?.calls ?? []) {
    const k = kind(ev.eval(h.file, c.callee));
    if (k) return k;
  }
  return null;
}

/**
 * tRPC procedures behind the routes that hand requests to tRPC: each gets the middleware that runs in front of
 * the adapter for its URL (`app.use('/trpc', requireAuth, createExpressMiddleware({ router }))`, a Next.js
 * middleware matching `/api/trpc/:path*`). Served by several transports, only what all of them run.
 */
function behindTransports(ev: Evaluator, raws: import('./rawRoute').RawRoute[]): import('./rawRoute').RawRoute[] {
  const transports = raws.filter((raw) => raw.framework !== 'trpc' && transportKind(ev, raw) === 'trpc').map((raw) => ({ raw, serves: servedRouter(ev, raw) }));
  if (!transports.length) return raws;
  const entryKey = (e: import('./rawRoute').RawChainEntry) => `${e.registeredAt.file}:${e.registeredAt.line}:${e.registeredAt.column} ${e.text}`;
  return raws.map((raw) => {
    if (raw.framework !== 'trpc') return raw;
    // (a transport whose router is known serves that router's procedures only)
    const mine = transports.filter((t) => !t.serves || !raw.trpcRoot || t.serves === raw.trpcRoot);
    if (!mine.length) return raw;
    const chains = mine.map(({ raw: t }) => (t.transport ? procedureChain(ev, t.transport, raw.path, raw.method) : t.chain));
    const shared = chains[0].filter((e) => chains.every((c) => c.some((x) => entryKey(x) === entryKey(e))));
    return shared.length ? { ...raw, chain: [...shared, ...raw.chain] } : raw;
  });
}

/**
 * A file route that only hands the request to a Hono or Elysia app (`export const GET = handle(app)` from
 * `hono/vercel`, `export const POST = app.fetch`, `(req) => app.handle(req)`) is transport too: the app's own
 * routes, with their middleware, are the routes.
 */
function handsToRouter(ev: Evaluator, raw: import('./rawRoute').RawRoute): boolean {
  if (raw.framework === 'hono' || raw.framework === 'elysia' || EXPRESS_API.has(raw.framework) || raw.framework === 'koa') return false;
  const isRouter = (file: string, v: import('../types').ValueRef | undefined) => !!v && ev.eval(file, v).t === 'router';
  const h = raw.handler;
  if (h.t === 'extcall' && /^hono\/[\w-]+$|^@hono\/node-server(?:\/[\w-]+)?$/.test(h.module) && h.path.join('.') === 'handle') return isRouter(h.file, h.args[0]);
  if (h.t === 'router') return true;
  if (h.t !== 'fn') return false;
  const s = ev.summary(h.file, h.id);
  // (a handler doing anything else first, a session check or a query, is a route of its own)
  if (!s || s.queries.length || s.sessionGetters.length || s.calls.length > 3) return false;
  return s.calls.some((c) => c.callee.k === 'member' && /^(?:fetch|handle|request)$/.test(c.callee.prop) && isRouter(h.file, c.callee.object));
}

function redactionFor(ev: Evaluator, file: string, f: FileFacts, callee: import('../types').ValueRef, all: string[][], framework: string[][]): string[] {
  const { base, props } = memberParts(callee);
  if (base.k === 'ref' && f.loggerRedactions[base.name]) return f.loggerRedactions[base.name];
  // (CommonJS: `const logger = require('./lib/logger')` binds the name to the module's import)
  const bound = base.k === 'ref' ? f.bindings[base.name] : undefined;
  const v = bound && bound.k === 'import' ? bound : base;
  if (v.k === 'import') {
    const r = ev.resolver.resolve(file, v.source);
    if (r.kind === 'file') {
      const tf = ev.files.get(r.rel);
      if (tf) {
        // the logger's name in its module: the name imported, or the property read from the whole module
        // (`const { logger } = require('./logger')`)
        const name = (v.name === '*' || v.name === 'default') && props.length && tf.exports[props[0]] ? props[0] : v.name;
        const exp = tf.exports[name] ?? tf.exports['module.exports'];
        const local = exp && exp.k === 'ref' ? exp.name : name;
        if (tf.loggerRedactions[local]) return tf.loggerRedactions[local];
        // a logger the module makes itself without redaction (`winston.createLogger()` beside a redacting pino):
        // the other logger's redact paths are not its own
        const made = exp && exp.k === 'ref' ? tf.bindings[local] : undefined;
        if (made && (made.k === 'call' || made.k === 'new') && !(made.callee.k === 'member' && made.callee.prop === 'child')) return [];
        const vals = Object.values(tf.loggerRedactions);
        if (vals.length === 1) return vals[0];
      }
    }
  }
  // req.log / request.log / fastify.log: the framework's logger (Fastify's) configured elsewhere,
  // else the project's one redacting logger
  if (props[props.length - 1] !== 'log') return [];
  return framework.length === 1 ? framework[0] : all.length === 1 ? all[0] : [];
}

/** An evaluator like the link's, with routers of its own. */
function focusEvaluator(like: Evaluator): Evaluator {
  const ev = new Evaluator(like.files, like.resolver);
  ev.callSiteCache = like.callSiteCache;
  if (like.autoImport) ev.autoImport = like.autoImport;
  return ev;
}

/** The file the route's handler function is written in (through wrappers): a controller module, when the route is registered elsewhere. */
function handlerFnFile(raw: RawRoute): string | undefined {
  let h = raw.handler;
  for (let i = 0; i < 6 && h.t === 'wrapped'; i++) h = h.inner;
  return h.t === 'fn' ? h.file : undefined;
}

/** The functions of a file that call one of its own functions (`corsHeaders(request)`, directly or by its module-scope name). */
function callersInFile(f: FileFacts, fnId: number): number[] {
  const names = Object.entries(f.bindings).filter(([, v]) => v.k === 'fn' && v.id === fnId).map(([n]) => n);
  const callsIt = (c: FunctionSummary['calls'][number]) => (c.callee.k === 'fn' && c.callee.id === fnId) || (c.callee.k === 'ref' && names.includes(c.callee.name));
  return f.functions.filter((s) => s.id !== fnId && s.calls.some(callsIt)).map((s) => s.id);
}
