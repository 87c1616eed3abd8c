/** cors-wildcard: CORS that lets any site call an authenticated API. */
import type { Rule } from '../server/src/engine/findings';

const WHAT: Record<string, string> = {
  wildcard: 'allows any origin (*)',
  reflect: 'reflects the request Origin (any site is allowed)',
  null: "allows the 'null' origin (sandboxed iframes, file://)",
  substring: 'checks the origin with a substring/suffix test that attacker domains can satisfy',
  'unanchored-regex': 'checks the origin with an unanchored regex that attacker domains can satisfy',
};

export const rule: Rule = {
  meta: {
    id: 'cors-wildcard',
    name: 'Permissive CORS on an authenticated API',
    defaultSeverity: 'error',
    description: 'CORS allows any origin (wildcard, reflected, null, substring or unanchored-regex checks) on an API with credentials or authenticated routes.',
    fullDescription:
      'With credentials allowed, any website a signed-in user visits can call this API as that user and read the responses. Without credentials it still opens authenticated or state-changing routes to any origin. Use a strict allowlist of origins.',
    cwe: ['CWE-942', 'CWE-346'],
    fixable: true,
    docs: 'rules/cors-wildcard.md',
  },
  check(ctx) {
    const routes = new Map(ctx.model.routes.map((r) => [r.id, r]));
    for (const c of ctx.model.cors) {
      const what = WHAT[c.origin];
      if (!what) continue;
      // set up only outside production (the `else` of `if (isProduction)`): no deployment serves it
      if (c.devOnly) continue;
      const covered = c.routeIds.map((id) => routes.get(id)!).filter(Boolean);
      const sensitive = covered.filter((r) => r.auth.required || r.writes);
      const credentials = c.credentials === true;
      if (!credentials && c.origin === 'wildcard' && sensitive.length === 0) continue; // public, read-only: fine
      const scope = covered.length ? ` It covers ${covered.length} route(s)${sensitive.length ? `, ${sensitive.length} authenticated or writing (e.g. ${sensitive[0].method} ${sensitive[0].path})` : ''}.` : '';
      ctx.report({
        loc: { file: c.file, ...c.pos },
        severity: credentials ? 'error' : 'warning',
        message: `CORS ${what}${credentials ? ' with credentials' : ''}: ${c.evidence}.${scope}`,
        evidence: sensitive.slice(0, 3).map((r) => ({ message: `${r.method} ${r.path}`, loc: r.loc })),
        fixData: { library: c.library ?? c.source },
      });
    }
  },
};
