/**
 * tRPC: routers (`t.router`, `createTRPCRouter`, `router`, `mergeRouters`, nested by key)
 * and procedures built from procedure builders (`t.procedure.use(isAuthed)` exported as
 * `protectedProcedure`, chains of `.use()` and `.input()`), resolved across files.
 * Routes use method QUERY / MUTATION / SUBSCRIPTION and the dotted procedure path.
 */
import type { ValueRef, Loc } from '../types';
import type { Evaluator } from '../model/values';
import { refText } from '../model/values';
import { isUnread } from '../facts/inert';
import { methodBypassed } from './routerOps';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import { lookupTable } from '../lookupTable';

const TYPES: Record<string, string> = lookupTable({ query: 'QUERY', mutation: 'MUTATION', subscription: 'SUBSCRIPTION' });

export interface At {
  file: string;
  v: ValueRef;
}

export function trpcRoutes(ev: Evaluator): RawRoute[] {
  const routers: (At & { key: string })[] = [];
  for (const [file, f] of ev.files) {
    // an inert file's text mentions no tRPC, router or procedure (facts/inert.ts)
    if (isUnread(f) || !f.imports || !mentionsTrpc(ev, file)) continue;
    for (const [name, v] of Object.entries(f.bindings)) if (routerKind(ev, file, v)) routers.push({ file, v, key: `${file}#${name}` });
    const d = f.exports.default;
    if (d && d.k === 'call' && routerKind(ev, file, d)) routers.push({ file, v: d, key: `${file}#default` });
  }
  if (!routers.length) return [];
  // routers nested in another router are reached from their root
  const nested = new Set<string>();
  for (const r of routers) for (const child of childRouters(ev, r)) nested.add(child);
  const out: RawRoute[] = [];
  for (const r of routers) if (!nested.has(r.key)) walkRouter(ev, r, '', out, new Set(), r.key);
  return out;
}

/** Files that import tRPC (directly or through a local `trpc.ts`) are the only ones worth scanning. */
function mentionsTrpc(ev: Evaluator, file: string): boolean {
  const f = ev.files.get(file)!;
  let m = mentions.get(f);
  if (m === undefined) {
    m = Object.values(f.imports).some((i) => /trpc/i.test(i.source)) || Object.values(f.bindings).some((b) => b.k === 'call' && /router|procedure/i.test(refText(b.callee)));
    mentions.set(f, m);
  }
  return m;
}
/** per facts object: the language server relinks after every edit, and most files are unchanged */
const mentions = new WeakMap<import('../types').FileFacts, boolean>();

/** Follow local names and imports to the value they are defined as. */
export function defOf(ev: Evaluator, at: At, depth = 0): At {
  let { file, v } = at;
  for (let i = 0; i < 12 + depth; i++) {
    const f = ev.files.get(file);
    if (!f) break;
    if (v.k === 'ref') {
      const b = f.bindings[v.name];
      if (b) {
        v = b;
        continue;
      }
      const imp = f.imports[v.name];
      if (!imp) break;
      v = { k: 'import', source: imp.source, name: imp.name };
      continue;
    }
    if (v.k === 'import') {
      const r = ev.resolver.resolve(file, v.source);
      if (r.kind !== 'file') break;
      const tf = ev.files.get(r.rel);
      const e = tf?.exports[v.name] ?? (v.name === 'default' ? tf?.exports['module.exports'] : undefined);
      if (!tf || !e) {
        const via = tf?.exportAll.map((src) => ev.resolver.resolve(r.rel, src)).find((x) => x.kind === 'file' && ev.files.get(x.rel)?.exports[v.k === 'import' ? v.name : ''])
        if (via && via.kind === 'file') {
          file = via.rel;
          v = ev.files.get(via.rel)!.exports[(v as { name: string }).name];
          continue;
        }
        break;
      }
      file = r.rel;
      v = e;
      continue;
    }
    break;
  }
  return { file, v };
}

/** 'router' for t.router({...}) / createTRPCRouter({...}), 'merge' for mergeRouters(a, b) */
function routerKind(ev: Evaluator, file: string, v: ValueRef): 'router' | 'merge' | null {
  if (v.k !== 'call') return null;
  const callee = ev.eval(file, v.callee);
  if (callee.t !== 'ext' || !/@trpc\/server/.test(callee.module)) return null;
  const last = callee.path.filter((x) => x !== '()').pop() ?? '';
  if (last === 'router' || last === 'createTRPCRouter') return v.args[0] ? 'router' : null;
  if (last === 'mergeRouters') return 'merge';
  return null;
}

function propsOf(ev: Evaluator, at: At): { file: string; props: Record<string, ValueRef> } | null {
  const d = defOf(ev, at);
  return d.v.k === 'object' ? { file: d.file, props: d.v.props } : null;
}

function childRouters(ev: Evaluator, r: At, depth = 0): string[] {
  const out: string[] = [];
  const kind = routerKind(ev, r.file, r.v);
  if (!kind || r.v.k !== 'call' || depth > 6) return out;
  let refs: At[];
  if (kind === 'merge') refs = r.v.args.map((a) => ({ file: r.file, v: a }));
  else {
    const obj = propsOf(ev, { file: r.file, v: r.v.args[0] });
    refs = obj ? Object.values(obj.props).map((v) => ({ file: obj.file, v })) : [];
  }
  for (const ref of refs) {
    const key = routerKey(ev, ref);
    if (key) out.push(key);
    // an inline router (`mergeRouters(a, t.router({ b }))`): its children are nested too
    else if (ref.v.k === 'call' && routerKind(ev, ref.file, ref.v)) out.push(...childRouters(ev, ref, depth + 1));
  }
  return out;
}

/** `${file}#${binding}` of a router a value names (an imported `invoiceRouter`). */
function routerKey(ev: Evaluator, at: At): string | null {
  let { file, v } = at;
  for (let i = 0; i < 12; i++) {
    const f = ev.files.get(file);
    if (!f) return null;
    if (v.k === 'ref') {
      const b = f.bindings[v.name];
      if (b) return routerKind(ev, file, b) ? `${file}#${v.name}` : null;
      const imp = f.imports[v.name];
      if (!imp) return null;
      v = { k: 'import', source: imp.source, name: imp.name };
      continue;
    }
    if (v.k === 'import') {
      const r = ev.resolver.resolve(file, v.source);
      if (r.kind !== 'file') return null;
      const tf = ev.files.get(r.rel);
      const e = tf?.exports[v.name];
      if (!e) return null;
      if (e.k === 'call') return routerKind(ev, r.rel, e) ? `${r.rel}#${v.name}` : null;
      file = r.rel;
      v = e;
      continue;
    }
    return null;
  }
  return null;
}

function walkRouter(ev: Evaluator, r: At, prefix: string, out: RawRoute[], stack: Set<string>, root: string) {
  const d = defOf(ev, r);
  const kind = routerKind(ev, d.file, d.v);
  if (!kind || d.v.k !== 'call') return;
  const key = `${d.file}:${d.v.pos.line}:${d.v.pos.column}`;
  if (stack.has(key) || stack.size > 10) return;
  stack.add(key);
  if (kind === 'merge') {
    for (const a of d.v.args) walkRouter(ev, { file: d.file, v: a }, prefix, out, stack, root);
  } else {
    const obj = propsOf(ev, { file: d.file, v: d.v.args[0] });
    for (const [name, v] of Object.entries(obj?.props ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      const target = defOf(ev, { file: obj!.file, v });
      if (routerKind(ev, target.file, target.v)) walkRouter(ev, target, path, out, stack, root);
      else {
        const p = procedureOf(ev, target, path);
        if (p) out.push({ ...p, trpcRoot: root });
      }
    }
  }
  stack.delete(key);
}

function procedureOf(ev: Evaluator, at: At, path: string): RawRoute | null {
  const { file, v } = at;
  if (v.k !== 'call' || v.callee.k !== 'member' || !TYPES[v.callee.prop] || !v.args[0]) return null;
  const loc: Loc = { file, ...v.pos };
  const handler = ev.eval(file, v.args[0]);
  const chain: RawChainEntry[] = [];
  let validated = false;
  let cur: At = { file, v: v.callee.object };
  // the procedure builder a `.use()` belongs to names an inline middleware in the matrix (`adminProcedure (inline)`)
  let builder: string | undefined;
  for (let i = 0; i < 24; i++) {
    if (cur.v.k === 'ref' || cur.v.k === 'import') builder = refText(cur.v);
    cur = defOf(ev, cur);
    const c = cur.v;
    if (c.k === 'call' && c.callee.k === 'member') {
      const m = c.callee.prop;
      if (m === 'use' && c.args[0]) {
        // a middleware that hands this procedure type on untouched (`if (type !== 'mutation') return next()` for a
        // query) does nothing for it: neither its checks nor its lookups are the procedure's
        const entry = useEntry(ev, cur.file, c, builder);
        if (!methodBypassed(ev, entry.av, TYPES[v.callee.prop])) chain.unshift(entry);
      } else if (m === 'input' && !isIdentityParser(ev, cur.file, c.args[0])) validated = true;
      cur = { file: cur.file, v: c.callee.object };
      continue;
    }
    // a procedure factory, `createScopedProcedure('lists')` returning `authedProcedure.use(...)`: its returned builder
    if (c.k === 'call' && (c.callee.k === 'ref' || c.callee.k === 'import')) {
      const fd = defOf(ev, { file: cur.file, v: c.callee });
      const r = fd.v.k === 'fn' ? ev.summary(fd.file, fd.v.id)?.returns[0] : undefined;
      if (r && (r.k === 'call' || r.k === 'ref' || r.k === 'import')) {
        builder = refText(c.callee);
        cur = { file: fd.file, v: r };
        continue;
      }
    }
    break;
  }
  if (validated) chain.push({ av: { t: 'unknown', text: 'input' }, text: '.input(schema)', registeredAt: loc, file, roles: ['validation'], why: 'tRPC input schema' });
  return {
    framework: 'trpc', method: TYPES[v.callee.prop], path, loc, handler, handlerText: path, handlerFile: file, chain, mounts: [], mountKnown: true, style: 'express',
  };
}

/**
 * The root router a tRPC adapter serves (`createExpressMiddleware({ router: appRouter })`,
 * `fetchRequestHandler({ req, router })` inside a route handler), as the root key of its procedures; null when
 * it cannot be read.
 */
export function adapterRouterKey(ev: Evaluator, file: string, args: ValueRef[]): string | null {
  const opts = args[0] && propsOf(ev, { file, v: args[0] });
  const router = opts?.props.router;
  return router ? routerKey(ev, { file: opts.file, v: router }) : null;
}

/** The middleware of a builder's `.use(mw)`; one written inline is named after the builder (`adminProcedure (inline)`). */
export function useEntry(ev: Evaluator, file: string, c: Extract<ValueRef, { k: 'call' }>, builder: string | undefined): RawChainEntry {
  const inline = c.args[0].k === 'fn' && !c.args[0].name;
  const text = inline ? (builder ? `${builder} (inline)` : 'inline middleware') : refText(c.args[0]);
  return { av: ev.eval(file, c.args[0]), text, registeredAt: { file, ...c.pos }, file };
}

/** `.input((raw) => raw as Foo)`: a cast, not a schema */
function isIdentityParser(ev: Evaluator, file: string, v: ValueRef | undefined): boolean {
  if (acceptsAnything(ev, file, v)) return true;
  if (!v || v.k !== 'fn') return false;
  const s = ev.summary(file, v.id);
  const r = s?.returns[0];
  return !!r && r.k === 'param' && r.index === 0 && r.path.length === 0;
}

/**
 * A schema that lets any value through, `z.any()`, `z.unknown()` (also `.optional()` / `.nullable()` of one), checks
 * nothing: the procedure's input is as unvalidated as with no `.input()` at all.
 */
function acceptsAnything(ev: Evaluator, file: string, v: ValueRef | undefined): boolean {
  while (v && v.k === 'call' && v.callee.k === 'member' && /^(?:optional|nullable|nullish)$/.test(v.callee.prop) && !v.args.length) v = v.callee.object;
  if (!v || v.k !== 'call' || v.args.length || v.callee.k !== 'member' || !/^(?:any|unknown)$/.test(v.callee.prop)) return false;
  // the schema library's namespace: `z` imported from zod (or valibot's `v`), however it is named
  const base = ev.eval(file, v.callee.object);
  return base.t === 'ext' && /^(?:zod|valibot)(?:\/|$)/.test(base.module);
}
