/**
 * Supabase Edge Functions: `supabase/functions/<name>/index.ts` answering with `Deno.serve(handler)`
 * (or std's `serve(handler)`, Hono/`export default { fetch }` aside) is the endpoint
 * `/functions/v1/<name>`. The platform's default `verify_jwt` only asks for a valid project JWT, which
 * the public anon key is: the function authenticates its caller itself (`supabase.auth.getUser()`
 * with the request's Authorization header, rejecting without a user), or nobody does.
 * The handler takes the fetch `Request`, as a Next.js route handler does.
 */
import type { Loc } from '../types';
import type { Evaluator } from '../model/values';
import { isUnread } from '../facts/inert';
import type { RawRoute } from '../model/rawRoute';

const FUNCTION_FILE = /(?:^|\/)supabase\/functions\/([\w-]+)\/index\.[cm]?[jt]sx?$/;
const STD_HTTP = /(?:deno\.land\/std[^/]*\/http\/server|jsr:@std\/http|^std\/http)/;

/**
 * The public path prefix of an app served by an Edge Function (`Deno.serve(app.fetch)` with a Hono app
 * made in `supabase/functions/<name>/`): the platform passes `/<name>/...` on to it (hence the usual
 * `new Hono().basePath('/<name>')`) from `/functions/v1/<name>/...`.
 */
export function edgeFunctionPrefix(file: string): string {
  return /(?:^|\/)supabase\/functions\/[\w-]+\//.test(file) ? '/functions/v1' : '';
}

export function supabaseEdgeRoutes(ev: Evaluator): RawRoute[] {
  const out: RawRoute[] = [];
  for (const [file, f] of ev.files) {
    const m = FUNCTION_FILE.exec(file);
    if (!m || f.kind !== 'code' || isUnread(f)) continue;
    for (const c of f.functions[0]?.calls ?? []) {
      const callee = c.callee;
      const isServe = (callee.k === 'member' && callee.prop === 'serve' && callee.object.k === 'global' && callee.object.name === 'Deno') ||
        (callee.k === 'import' && callee.name === 'serve' && STD_HTTP.test(callee.source));
      if (!isServe) continue;
      // `Deno.serve(handler)`, `Deno.serve({ port }, handler)`
      const fnRef = c.argRefs.find((a) => a.k === 'fn' || a.k === 'ref');
      if (!fnRef) continue;
      const handler = ev.eval(file, fnRef);
      if (handler.t !== 'fn') continue;
      const s = ev.summary(handler.file, handler.id);
      // `Deno.serve((req) => app.fetch(req))`: a Hono app's routes are the routes (`edgeFunctionPrefix`)
      if (s?.calls.some((c) => c.callee.k === 'member' && c.callee.prop === 'fetch' && ev.eval(handler.file, c.callee.object).t === 'router')) continue;
      const pos = s?.pos ?? c.pos;
      const loc: Loc = { file, ...c.pos, endLine: pos.endLine, endColumn: pos.endColumn };
      const methods = (s?.methodChecks ?? []).filter((x) => x !== 'OPTIONS');
      for (const method of methods.length ? methods : ['ALL']) {
        out.push({
          framework: 'supabase-edge', method, path: `/functions/v1/${m[1]}`, loc, handler, handlerText: `${m[1]} (Deno.serve)`, handlerFile: file,
          chain: [], mounts: [], mountKnown: true, style: 'next-app',
        });
      }
    }
  }
  return out;
}
