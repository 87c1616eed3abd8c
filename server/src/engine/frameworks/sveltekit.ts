/**
 * SvelteKit: `src/routes/**` endpoints named by their folders. `+server.ts` exports HTTP
 * handlers (GET, POST, ...); `+page.server.ts` / `+layout.server.ts` export a `load` (GET, also
 * served as the page's data request) and `+page.server.ts` form `actions` (POST `?/name`).
 * Loads and actions run independently of their layouts' loads: no chain is inherited, except by a load that awaits
 * `parent()` (it waits for its layouts' loads, so their redirects and refusals end it too). A
 * `handle` hook in `src/hooks.server.ts` that rejects anonymous requests covers every route it
 * does not let through by path (`if (event.url.pathname.startsWith('/login')) return resolve(event)`),
 * or only the paths it checks (`if (path.startsWith('/dashboard') && !event.locals.user) redirect(...)`); a
 * role check the hook makes for some paths (`path.startsWith('/admin') && user.role !== 'admin'`) covers those.
 */
import * as path from 'path';
import type { FileFacts, ValueRef } from '../types';
import type { Evaluator, AV } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute, RawChainEntry } from '../model/rawRoute';
import type { Classifier } from '../model/classify';
import { roleNamesIn } from '../model/classify';
import { bypasses, pathRoleChecksAt } from './routerOps';

const HTTP = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function kitRoots(files: Map<string, FileFacts>): string[] {
  const out: string[] = [];
  for (const [file, f] of files) {
    if (!file.endsWith('package.json') || !(f.packageDeps ?? []).includes('@sveltejs/kit')) continue;
    const dir = path.posix.dirname(file);
    out.push(dir === '.' ? '' : dir);
  }
  return out;
}

/** `src/routes/(app)/projects/[id]/[[tab]]/[...rest]` folders -> `/projects/:id/:tab?/:rest*`. */
export function kitPath(folders: string[]): string {
  const out: string[] = [];
  for (const s of folders) {
    if (/^\(.*\)$/.test(s)) continue; // (group)
    let m = /^\[\[(\w+)(?:=\w+)?\]\]$/.exec(s);
    if (m) out.push(`:${m[1]}?`);
    else if ((m = /^\[\.\.\.(\w+)(?:=\w+)?\]$/.exec(s))) out.push(`:${m[1]}*`);
    else if ((m = /^\[(\w+)(?:=\w+)?\]$/.exec(s))) out.push(`:${m[1]}`);
    else out.push(s);
  }
  return '/' + out.join('/');
}

export function kitRoutes(ev: Evaluator, classifier: Classifier): RawRoute[] {
  const roots = kitRoots(ev.files);
  const out: RawRoute[] = [];
  for (const root of roots) {
    const pre = root ? root + '/' : '';
    const hook = hookEntry(ev, classifier, pre);
    for (const [file, f] of ev.files) {
      if (f.kind !== 'code' || !file.startsWith(pre + 'src/routes/')) continue;
      const parts = file.slice(pre.length + 'src/routes/'.length).split('/');
      const base = parts.pop()!;
      const kind = /^\+server\.[cm]?[jt]s$/.test(base) ? 'server' : /^\+(?:page|layout)\.server\.[cm]?[jt]s$/.test(base) ? 'page' : null;
      if (!kind) continue;
      const urlPath = kitPath(parts);
      // the route id (`/(app)/tasks/[id]`) for hooks that test `event.route.id`
      const chain = hook ? hook.chainFor(urlPath, '/' + parts.join('/')) : [];
      const add = (method: string, p: string, ref: ValueRef, pos: { line: number; column: number; endLine: number; endColumn: number }) => out.push({
        framework: 'sveltekit', method, path: p, loc: { file, ...pos }, handler: ev.eval(file, ref), handlerText: refText(ref),
        handlerFile: file, chain, mounts: [], mountKnown: true, style: 'next-app',
      });
      const posOf = (name: string) => f.exportPos[name] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      if (kind === 'server') {
        for (const m of [...HTTP, 'fallback']) if (f.exports[m]) add(m === 'fallback' ? 'ALL' : m, urlPath, f.exports[m], posOf(m));
        continue;
      }
      if (f.exports.load) {
        // a load that awaits `parent()` waits for its layouts' loads: a layout that redirects anonymous callers (or refuses
        // a role) ends this load's request too
        const layouts = awaitsParent(ev, file, f.exports.load) ? layoutGates(ev, classifier, pre, parts, /^\+layout\./.test(base)) : [];
        out.push({
          framework: 'sveltekit', method: 'GET', path: urlPath, loc: { file, ...posOf('load') }, handler: ev.eval(file, f.exports.load), handlerText: refText(f.exports.load),
          handlerFile: file, chain: [...chain, ...layouts], mounts: [], mountKnown: true, style: 'next-app',
        });
      }
      const actions = f.exports.actions ? ev.eval(file, f.exports.actions) : null;
      if (actions?.t !== 'object') continue;
      for (const [name, ref] of Object.entries(actions.props)) {
        const av = ev.eval(actions.file, ref);
        const s = av.t === 'fn' ? ev.summary(av.file, av.id) : undefined;
        add('POST', name === 'default' ? urlPath : `${urlPath}?/${name}`, ref, s ? s.pos : posOf('actions'));
      }
    }
  }
  return out;
}

/** `load = async ({ parent }) => { const { user } = await parent(); ... }` (also `event.parent()`) */
function awaitsParent(ev: Evaluator, file: string, ref: ValueRef): boolean {
  const av = ev.eval(file, ref);
  if (av.t !== 'fn') return false;
  const s = ev.summary(av.file, av.id);
  return !!s?.calls.some((c) => {
    const cal = c.callee;
    if (cal.k === 'param') return cal.index === 0 && cal.path.length === 1 && cal.path[0] === 'parent';
    return cal.k === 'member' && cal.prop === 'parent' && cal.object.k === 'param' && cal.object.index === 0 && cal.object.path.length === 0;
  });
}

/** The loads of the `+layout.server.ts` files above a route's folder (and in it, for a page) that reject anonymous callers. */
function layoutGates(ev: Evaluator, classifier: Classifier, pre: string, parts: string[], isLayout: boolean): RawChainEntry[] {
  const out: RawChainEntry[] = [];
  const depth = isLayout ? parts.length - 1 : parts.length;
  for (let i = 0; i <= depth; i++) {
    const dir = [pre + 'src/routes', ...parts.slice(0, i)].join('/');
    for (const ext of ['ts', 'js']) {
      const lf = `${dir}/+layout.server.${ext}`;
      const facts = ev.files.get(lf);
      const ref = facts?.exports.load;
      if (!facts || !ref) continue;
      const av = ev.eval(lf, ref);
      if (av.t !== 'fn' || !ev.summary(av.file, av.id)?.rejects) continue;
      const c = classifier.classifyFunction(av.file, av.id);
      if (!c.roles.includes('auth')) continue;
      const pos = facts.exportPos.load ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      const why = `layout load awaited through parent()${c.why ? ` (${c.why})` : ''}`;
      out.push({ av, text: `${lf} load`, registeredAt: { file: lf, ...pos }, file: lf, roles: c.roles.filter((r) => r === 'auth' || r === 'role'), why, servesNoData: true });
    }
  }
  return out;
}

type HookEntry = { chainFor: (urlPath: string, routeId: string) => RawChainEntry[] };

/** The `handle` hook as a chain entry, on the paths where it rejects requests without a session. */
function hookEntry(ev: Evaluator, classifier: Classifier, pre: string): HookEntry | null {
  const file = ['ts', 'js'].map((e) => `${pre}src/hooks.server.${e}`).find((p) => ev.files.has(p));
  const ref = file ? ev.files.get(file)!.exports.handle : undefined;
  if (!file || !ref) return null;
  const av = ev.eval(file, ref);
  // `sequence(authentication, authorization)` from @sveltejs/kit/hooks
  // (a call given functions evaluates as a wrapper around one of them: look at the call itself)
  const seq = av.t === 'wrapped' && av.wrapper.t === 'extcall' ? av.wrapper : av;
  const parts: AV[] = seq.t === 'extcall' && seq.path.filter((x) => x !== '()').join('.') === 'sequence' ? seq.args.map((a) => ev.eval(seq.file, a)) : [av];
  // it must end requests itself: a hook that only loads `locals.user` leaves the decision to each route
  // (each handle of the sequence may guard its own paths: `guardPages` for `/requests`, `guardPortal` for `/(portal)`)
  const gates = parts.filter((p): p is Extract<AV, { t: 'fn' }> => p.t === 'fn' && classifier.classifyFunction(p.file, p.id).roles.includes('auth') && !!ev.summary(p.file, p.id)?.rejects);
  if (!gates.length) return null;
  const pos = ev.files.get(file)!.exportPos.handle ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const entryOf = (gate: Extract<AV, { t: 'fn' }>): RawChainEntry => {
    const why = classifier.classifyFunction(gate.file, gate.id).why;
    return {
      av: gate, text: `${file} handle (${why || 'rejects unauthenticated requests'})`, registeredAt: { file, ...pos }, file,
      roles: ['auth'], why: why || 'SvelteKit handle hook rejects unauthenticated requests',
    };
  };
  return {
    chainFor: (urlPath, routeId) => {
      const gate = gates.find((g) => !bypasses(ev, g, urlPath, routeId));
      if (!gate) return [];
      const entry = entryOf(gate);
      // role checks of any handle in the sequence that apply to this path
      const roles = parts.flatMap((p) => (p.t === 'fn' ? pathRoleChecksAt(ev, p, urlPath, routeId) : []));
      if (!roles.length) return [entry];
      return [{ ...entry, roles: ['auth', 'role'], roleNames: roles.flatMap(roleNamesIn), why: `${entry.why}; role check for this path (${roles[0]})` }];
    },
  };
}
