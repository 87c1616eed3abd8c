/**
 * Express: apps and routers, `use()` registration order, mounts across files,
 * `router.route(p).get()`, middleware arrays and spreads, wrapped handlers.
 * Produces raw routes with their effective middleware chain.
 */
import type { ValueRef, Loc, CallFact } from '../types';
import type { AV, Evaluator, RouterObject } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';

const VERBS: Record<string, string> = {
  get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE', all: 'ALL', options: 'OPTIONS', head: 'HEAD',
};

export function collectRouterOps(ev: Evaluator): void {
  // Routers passed as parameters (`export default (app) => { app.get(...) }`) are bound at their call sites.
  const callSites = indexCallSites(ev);
  for (const [file, facts] of ev.files) {
    for (const rc of facts.routerCalls) {
      const recv = ev.eval(file, rc.receiver);
      const targets = recv.t === 'param' ? bindParam(ev, recv, callSites) : [recv];
      for (const t of targets) {
        if (t.t === 'router') {
          const r = ev.routers.get(t.id)!;
          if (rc.method === 'route') continue; // its verbs are recorded on their own
          r.ops.push({ method: rc.method, args: rc.args, file, pos: rc.pos, order: rc.order });
        } else if (t.t === 'routebuilder' && VERBS[rc.method]) {
          const r = ev.routers.get(t.router)!;
          r.ops.push({ method: rc.method, args: rc.args, file, pos: rc.pos, order: rc.order, routePath: t.path });
        }
      }
    }
  }
  for (const r of ev.routers.values()) r.ops.sort((a, b) => (a.file === b.file ? a.order - b.order : 0));
}

type CallSite = { file: string; call: CallFact };

function indexCallSites(ev: Evaluator): Map<string, CallSite[]> {
  const out = new Map<string, CallSite[]>();
  for (const [file, facts] of ev.files) {
    for (const fn of facts.functions) {
      for (const call of fn.calls) {
        if (!call.argRefs.some((a) => a.k === 'ref' || a.k === 'param' || a.k === 'call' || a.k === 'import')) continue;
        const callee = ev.eval(file, call.callee);
        if (callee.t !== 'fn') continue;
        const key = `${callee.file}#${callee.id}`;
        const list = out.get(key) ?? [];
        list.push({ file, call });
        out.set(key, list);
      }
    }
  }
  return out;
}

function bindParam(ev: Evaluator, p: Extract<AV, { t: 'param' }>, sites: Map<string, CallSite[]>, depth = 0): AV[] {
  if (depth > 3) return [];
  const out: AV[] = [];
  for (const site of sites.get(`${p.file}#${p.fn}`) ?? []) {
    const arg = site.call.argRefs[p.index];
    if (!arg) continue;
    const v = ev.eval(site.file, arg);
    if (v.t === 'param') out.push(...bindParam(ev, v, sites, depth + 1));
    else out.push(v);
  }
  return out;
}

interface ScopedEntry extends RawChainEntry {
  scope: string; // path prefix the middleware applies to
}

export function expressRoutes(ev: Evaluator): RawRoute[] {
  collectRouterOps(ev);
  const routes: RawRoute[] = [];
  const routers = [...ev.routers.values()].filter((r) => r.framework === 'express');
  // count mounts first so that unmounted routers become roots
  for (const r of routers) for (const op of r.ops) if (op.method === 'use') {
    for (const a of flattenArgs(ev, op.file, op.args)) if (a.av.t === 'router') {
      const sub = ev.routers.get(a.av.id);
      if (sub && sub.id !== r.id) sub.mountedBy++;
    }
  }
  const roots = routers.filter((r) => r.kind === 'app' || r.mountedBy === 0);
  for (const root of roots) {
    traverse(ev, root, '', [], [], routes, new Set(), root.kind === 'app' || root.mountedBy > 0);
  }
  return routes;
}

function traverse(ev: Evaluator, router: RouterObject, prefix: string, inherited: ScopedEntry[], mounts: Loc[], out: RawRoute[], stack: Set<string>, mountKnown: boolean) {
  if (stack.has(router.id) || stack.size > 12) return;
  stack.add(router.id);
  const chain: ScopedEntry[] = [...inherited];
  for (const op of router.ops) {
    const opLoc: Loc = { file: op.file, ...op.pos };
    if (op.method === 'use') {
      const [first, ...rest] = op.args;
      const p = pathOf(first);
      const args = p !== null ? rest : op.args;
      const scope = joinPath(prefix, p ?? '');
      const pending: ScopedEntry[] = [];
      for (const a of flattenArgs(ev, op.file, args)) {
        if (a.av.t === 'router') {
          const sub = ev.routers.get(a.av.id);
          if (sub) traverse(ev, sub, scope, [...chain, ...pending], [...mounts, opLoc], out, stack, mountKnown);
        } else {
          pending.push({ av: a.av, text: a.text, registeredAt: opLoc, scope, file: op.file });
        }
      }
      chain.push(...pending);
      continue;
    }
    const method = VERBS[op.method];
    if (!method) continue;
    let routePath: string | null;
    let handlerArgs: ValueRef[];
    if (op.routePath) {
      routePath = pathOf(op.routePath);
      handlerArgs = op.args;
    } else {
      routePath = pathOf(op.args[0]);
      handlerArgs = op.args.slice(1);
      if (routePath === null && op.args[0]?.k !== 'lit') continue;
    }
    const full = joinPath(prefix, routePath ?? '/');
    const flat = flattenArgs(ev, op.file, handlerArgs);
    if (!flat.length) continue;
    const handler = flat[flat.length - 1];
    const routeLevel: RawChainEntry[] = flat.slice(0, -1).map((a) => ({ av: a.av, text: a.text, registeredAt: opLoc, file: op.file }));
    const applicable = chain.filter((e) => pathCovers(e.scope, full));
    out.push({
      framework: 'express', method, path: full, loc: opLoc, handler: handler.av, handlerText: handler.text, handlerFile: op.file,
      chain: [...applicable.map(({ scope: _s, ...e }) => e), ...routeLevel], mounts, mountKnown, style: 'express',
    });
  }
  stack.delete(router.id);
}

function flattenArgs(ev: Evaluator, file: string, args: ValueRef[]): { av: AV; text: string }[] {
  const out: { av: AV; text: string }[] = [];
  for (const a of args) {
    const av = ev.eval(file, a);
    if (av.t === 'array') {
      const texts = a.k === 'array' ? a.items.map(refText) : [];
      av.items.forEach((it, i) => out.push({ av: it, text: texts[i] ?? `${refText(a)}[${i}]` }));
    } else out.push({ av, text: refText(a) });
  }
  return out;
}

function pathOf(v: ValueRef | undefined): string | null {
  if (!v) return null;
  if (v.k === 'lit' && typeof v.value === 'string') return v.value;
  if (v.k === 'lit' && v.regex) return `/${v.regex}/`;
  if (v.k === 'array') {
    const ps = v.items.map(pathOf).filter((x): x is string => x !== null);
    return ps.length ? ps[0] : null;
  }
  return null;
}

export function joinPath(a: string, b: string): string {
  const j = `${a}/${b}`.replace(/\/+/g, '/');
  return j.length > 1 ? j.replace(/\/$/, '') : j;
}

/** Does a use() scope apply to a route path? ('/api' covers '/api/x', not '/apix') */
export function pathCovers(scope: string, path: string): boolean {
  if (scope === '' || scope === '/') return true;
  if (scope.includes('*')) {
    const re = new RegExp('^' + scope.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'));
    return re.test(path);
  }
  return path === scope || path.startsWith(scope.endsWith('/') ? scope : scope + '/');
}
