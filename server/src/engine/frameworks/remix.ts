/**
 * Remix and React Router (framework mode): every module under `app/routes/` that exports a
 * `loader` (GET) or an `action` (POST) is an endpoint a client can call directly (data requests),
 * named by its file: flat routes (`users.$id.edit.tsx`), folder routes (`users.$id/route.tsx`),
 * remix-flat-routes `+` folders (`_auth+/login.tsx`), pathless `_layout` segments, optional
 * `($lang)` and splat `$` segments, `[.]` escapes. A parent layout's loader runs in parallel
 * with its children's, so it protects none of them: no chain is inherited.
 */
import * as path from 'path';
import type { FileFacts } from '../types';
import type { Evaluator } from '../model/values';
import { refText } from '../model/values';
import type { RawRoute } from '../model/rawRoute';

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
  for (const [file, f] of ev.files) {
    if (f.kind !== 'code' || (!f.exports.loader && !f.exports.action)) continue;
    const root = roots.find((r) => (r ? file.startsWith(r + '/') : true) && file.slice(r ? r.length + 1 : 0).startsWith('app/routes/'));
    if (root === undefined) continue;
    const rel = file.slice(root ? root.length + 1 : 0).slice('app/routes/'.length);
    const urlPath = routeFilePath(rel);
    if (urlPath === null) continue;
    for (const [name, method] of EXPORTS) {
      const ref = f.exports[name];
      if (!ref) continue;
      const pos = f.exportPos[name] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      out.push({
        framework: 'remix', method, path: urlPath, loc: { file, ...pos }, handler: ev.eval(file, ref), handlerText: refText(ref),
        handlerFile: file, chain: [], mounts: [], mountKnown: true, style: 'next-app',
      });
    }
  }
  return out;
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
    else if ((m = /^\((.+)\)$/.exec(t))) out.push(`${m[1]}?`);
    else out.push(t);
  }
  return '/' + out.join('/');
}

/** Split on dots outside `[...]` escapes; a fully bracketed segment is literal text. */
function splitSegments(name: string): { text: string; escaped: boolean }[] {
  const out: { text: string; escaped: boolean }[] = [];
  let cur = '';
  let escapedOnly = true;
  let inBracket = false;
  for (const ch of name) {
    if (ch === '[' && !inBracket) inBracket = true;
    else if (ch === ']' && inBracket) inBracket = false;
    else if (ch === '.' && !inBracket) {
      out.push({ text: cur, escaped: escapedOnly && cur !== '' });
      cur = '';
      escapedOnly = true;
    } else {
      cur += ch;
      if (!inBracket) escapedOnly = false;
    }
  }
  out.push({ text: cur, escaped: escapedOnly && cur !== '' });
  return out;
}
