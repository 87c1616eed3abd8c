/**
 * oRPC (`@orpc/server`): procedures are builder chains ending in `.handler(fn)` (`os.use(requireAuth)
 * .input(schema).handler(...)`, builders exported as `authedProcedure`), routers are plain objects of
 * procedures and routers (also `os.use(mw).router({...})`, whose middleware runs for every procedure in
 * it), served by `new RPCHandler(router)` / `new OpenAPIHandler(router)`. A procedure with OpenAPI
 * metadata (`.route({ method: 'GET', path: '/v1/folders/{folderId}' })`) is that REST route; one
 * without is an RPC procedure named by its dotted key path, as tRPC's are.
 */
import type { ValueRef, Loc } from '../types';
import type { Evaluator } from '../model/values';
import { refText } from '../model/values';
import { isUnread } from '../facts/inert';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import { defOf, useEntry, type At } from './trpc';
import { segmentsToPath } from './nextjs';
import { joinPath } from './routerOps';

const ORPC_MODULE = /^@orpc\/(?:server|contract|openapi)(?:\/|$)/;
/** builder methods that shape what the procedure checks and runs (`.errors()`, `.output()`, `.meta()` change neither) */
const PASS = new Set(['errors', 'output', 'meta', '$context', '$config', '$meta', '$route', '$input', 'tag', 'prefix', 'callable', 'actionable']);

/**
 * Where a handler made in a Next.js catch-all route file serves (`app/api/[[...rest]]/route.ts`: `/api`); '' elsewhere
 * (the prefix handed to `handler.handle(request, { prefix })` is not read).
 */
function servedUnder(file: string): string {
  const m = /(?:^|\/)app\/((?:[^/]+\/)*?)\[\[?\.\.\.[^\]]+\]\]?\/route\.[cm]?[jt]sx?$/.exec(file);
  return m ? segmentsToPath(m[1].split('/').filter(Boolean)).replace(/^\/$/, '') : '';
}

export function orpcRoutes(ev: Evaluator): RawRoute[] {
  const roots: At[] = [];
  // the OpenAPI handler's mount: procedures with `.route({ path })` are served there, the others by their key path
  let openApiPrefix: string | undefined;
  let importsOrpc = false;
  for (const [file, f] of ev.files) {
    if (isUnread(f) || !f.imports) continue;
    if (!Object.values(f.imports).some((i) => ORPC_MODULE.test(i.source))) continue;
    importsOrpc = true;
    // `new RPCHandler(router)`, `new OpenAPIHandler(appRouter, { plugins })`: what the server serves
    for (const v of Object.values(f.bindings)) {
      if (v.k !== 'new' || !v.args[0]) continue;
      const c = ev.eval(file, v.callee);
      if (!(c.t === 'ext' || c.t === 'extcall') || !ORPC_MODULE.test(c.module) || !/(?:RPC|OpenAPI)Handler$/.test(c.path[c.path.length - 1] ?? '')) continue;
      roots.push({ file, v: v.args[0] });
      if (/OpenAPIHandler$/.test(c.path[c.path.length - 1] ?? '')) openApiPrefix ??= servedUnder(file);
    }
  }
  if (!importsOrpc) return [];
  const out: RawRoute[] = [];
  const seen = new Set<string>();
  if (roots.length) {
    for (const r of roots) walk(ev, r, '', [], out, seen, new Set(), openApiPrefix);
    return out;
  }
  // no handler in the workspace (a router exported for a server elsewhere): the routers no other router holds
  const routers: (At & { key: string })[] = [];
  for (const [file, f] of ev.files) {
    if (isUnread(f)) continue;
    for (const [name, v] of Object.entries(f.bindings)) if (v.k === 'object' && holdsProcedure(ev, { file, v })) routers.push({ file, v, key: `${file}:${v.pos.line}:${v.pos.column}` });
  }
  const nested = new Set<string>();
  for (const r of routers) {
    if (r.v.k !== 'object') continue;
    for (const p of Object.values(r.v.props)) {
      const d = defOf(ev, { file: r.file, v: p });
      if (d.v.k === 'object') nested.add(`${d.file}:${d.v.pos.line}:${d.v.pos.column}`);
    }
  }
  for (const r of routers) if (!nested.has(r.key)) walk(ev, r, '', [], out, seen, new Set(), '');
  return out;
}

/** An object with a procedure among its values (one level deep). */
function holdsProcedure(ev: Evaluator, at: At): boolean {
  if (at.v.k !== 'object') return false;
  return Object.values(at.v.props).some((p) => {
    const d = defOf(ev, { file: at.file, v: p });
    return d.v.k === 'call' && d.v.callee.k === 'member' && d.v.callee.prop === 'handler' && !!builderChain(ev, { file: d.file, v: d.v.callee.object });
  });
}

interface Chain {
  entries: RawChainEntry[];
  validated: boolean;
  route?: { method?: string; path?: string };
}

/**
 * What a builder chain (`authedProcedure.input(s)`, `os.use(a).use(b)`) applies, outermost first, when it
 * grows from oRPC's `os` (or `implement(contract)`); null when it does not.
 */
function builderChain(ev: Evaluator, start: At): Chain | null {
  const out: Chain = { entries: [], validated: false };
  let cur = start;
  let builder: string | undefined;
  for (let i = 0; i < 32; i++) {
    if (cur.v.k === 'ref' || cur.v.k === 'import') builder = refText(cur.v);
    cur = defOf(ev, cur);
    const c = cur.v;
    if (c.k === 'call' && c.callee.k === 'member') {
      const m = c.callee.prop;
      if (m === 'use' && c.args[0]) out.entries.unshift(useEntry(ev, cur.file, c, builder));
      else if (m === 'input' && c.args[0]) out.validated = true;
      else if (m === 'route' && c.args[0]?.k === 'object' && !out.route) {
        const method = c.args[0].props.method;
        const path = c.args[0].props.path;
        out.route = {
          ...(method?.k === 'lit' && typeof method.value === 'string' ? { method: method.value.toUpperCase() } : {}),
          ...(path?.k === 'lit' && typeof path.value === 'string' && path.value.startsWith('/') ? { path: path.value.replace(/\{\+([A-Za-z_$][\w$]*)\}/g, ':$1*').replace(/\{([A-Za-z_$][\w$]*)\}/g, ':$1') } : {}),
        };
      } else if (!PASS.has(m) && m !== 'route') return null;
      cur = { file: cur.file, v: c.callee.object };
      continue;
    }
    // `implement(contract)` and contract members (`os.planet.list`)
    if (c.k === 'member') {
      cur = { file: cur.file, v: c.object };
      continue;
    }
    const av = ev.eval(cur.file, c);
    return (av.t === 'ext' || av.t === 'extcall') && ORPC_MODULE.test(av.module) ? out : null;
  }
  return null;
}

function walk(ev: Evaluator, at: At, prefix: string, inherited: RawChainEntry[], out: RawRoute[], seen: Set<string>, stack: Set<string>, openApi: string | undefined) {
  const d = defOf(ev, at);
  const v = d.v;
  // `os.use(requireAuth).router({ ... })`: the builder's middleware runs for each procedure in it
  if (v.k === 'call' && v.callee.k === 'member' && v.callee.prop === 'router' && v.args[0]) {
    const chain = builderChain(ev, { file: d.file, v: v.callee.object });
    if (chain) walk(ev, { file: d.file, v: v.args[0] }, prefix, [...inherited, ...chain.entries], out, seen, stack, openApi);
    return;
  }
  if (v.k === 'object') {
    const key = `${d.file}:${v.pos.line}:${v.pos.column}`;
    if (stack.has(key) || stack.size > 10) return;
    stack.add(key);
    for (const [name, p] of Object.entries(v.props)) walk(ev, { file: d.file, v: p }, prefix ? `${prefix}.${name}` : name, inherited, out, seen, stack, openApi);
    stack.delete(key);
    return;
  }
  if (v.k !== 'call' || v.callee.k !== 'member' || v.callee.prop !== 'handler' || !v.args[0]) return;
  const chain = builderChain(ev, { file: d.file, v: v.callee.object });
  if (!chain) return;
  const loc: Loc = { file: d.file, ...v.pos };
  // (one route per procedure, however many handlers serve the router)
  const id = `${loc.file}:${loc.line}:${loc.column}`;
  if (seen.has(id)) return;
  const rest = !!chain.route?.path && openApi !== undefined;
  const method = (rest && chain.route?.method) || 'POST';
  const path = rest ? joinPath(openApi!, chain.route!.path!) : prefix;
  if (!path) return;
  seen.add(id);
  const entries = [...inherited, ...chain.entries];
  if (chain.validated) entries.push({ av: { t: 'unknown', text: 'input' }, text: '.input(schema)', registeredAt: loc, file: d.file, roles: ['validation'], why: 'oRPC input schema' });
  out.push({
    framework: 'orpc', method, path, loc, handler: ev.eval(d.file, v.args[0] as ValueRef), handlerText: prefix || path, handlerFile: d.file, chain: entries, mounts: [], mountKnown: true, style: 'express',
  });
}
