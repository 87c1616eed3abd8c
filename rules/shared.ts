/** Small helpers shared by rule modules: wording of evidence and predicates over the model (no parsing). */
import type { Route, ResolvedQuery } from '../server/src/engine/model/types';
import { isNamedProcedure } from '../server/src/engine/model/types';
import type { Loc } from '../server/src/engine/types';
import { addressedHost, ownSignInLookup } from '../server/src/engine/model/routes';

/** The chain as a short list: gates (auth/role) in full, the rest counted, never a wall of text. */
export function describeChain(r: Route): string {
  if (!r.chain.length) return 'no middleware';
  const short = (n: string) => {
    const t = n.replace(/\s+/g, ' ');
    return t.length > 40 ? t.slice(0, 37) + '...' : t;
  };
  const gates = r.chain.filter((e) => e.roles.includes('auth') || e.roles.includes('role'));
  const others = r.chain.length - gates.length;
  if (r.chain.length <= 4) return '[' + r.chain.map((e) => short(e.name)).join(', ') + ']';
  return '[' + [...gates.map((e) => short(e.name)), `${others} other middleware`].join(', ') + ']';
}

export function queryText(q: ResolvedQuery): string {
  if (q.orm === 'sql') return `SQL ${q.op.toUpperCase()} on ${q.model}`;
  if (q.orm === 'prisma') return `prisma.${q.model}.${q.op}`;
  if (q.orm === 'orm') return `${q.model}.${q.op}`;
  return `${q.model}.${q.op} (${q.orm})`;
}

export function firstDataAccess(r: Route): { text: string; loc: Loc } | null {
  // (an app-wide custom-domain lookup by the Host header, `domains.where({ address: host })`, is the last to name)
  const byHost = (x: ResolvedQuery) => x.clientDriven.length > 0 && x.clientDriven.every((c) => addressedHost(c.source));
  // (nor a stamp of when the caller's key was last used, nor the caller's own session found by its cookie)
  const q = r.queries.find((x) => x.kind !== 'read' && !x.countersOnly) ?? r.queries.find((x) => x.tenantOwned && !byHost(x) && !ownSignInLookup(x) && !x.countersOnly) ?? r.queries.find((x) => !byHost(x) && !x.countersOnly) ?? r.queries[0];
  return q ? { text: queryText(q), loc: q.loc } : null;
}

export function isAuthRoute(r: Route): boolean {
  return /login|signin|sign-in|signup|sign-up|register|password|reset|forgot|token|session|auth|otp|mfa|2fa|verify|magic|invite/i.test(r.path);
}

export function isAdminLike(r: Route, adminRoutes: string[]): boolean {
  // (procedure and action names nest by dots: `admin.deleteUser`, Astro's `/_actions/admin.deleteUser`)
  let p = (isNamedProcedure(r) || r.framework === 'graphql' ? '/' + r.path.replace(/\./g, '/') : r.path.startsWith('/_actions/') ? r.path.replace(/\./g, '/') : r.path).toLowerCase();
  // a server function or action (`src/server/ops.ts#adminListOrganizations`): its file's folders, and the first word of its name
  const hash = r.path.lastIndexOf('#');
  if (hash >= 0) p = `${p.slice(0, hash)}/${(/^[a-z]+|^[A-Z][a-z]*/.exec(r.path.slice(hash + 1))?.[0] ?? '').toLowerCase()}`;
  // a GraphQL operation (`adminDeleteUser`): the first word of its name
  else if (r.framework === 'graphql') p = `/${(/^[a-z]+|^[A-Z][a-z]*/.exec(r.path)?.[0] ?? '').toLowerCase()}`;
  return adminRoutes.some((a) => {
    const seg = a.toLowerCase().replace(/\/+$/, '');
    // `manage` is also a verb: `/manage/...` is an area (also below a resource, `/settings/manage/api-keys`), while
    // `/teams/:id/folders/manage` renames a folder
    if (seg === '/manage') return /^(?:\/(?:api|rest|v\d+))*\/manage(?:\/|$)/.test(p) || /\/manage\/[a-z]/.test(p);
    return p === seg || p.startsWith(seg + '/') || p.includes(seg + '/') || p.endsWith(seg);
  });
}

/** Paths of an operator area: the service's own staff, not a tenant's admins. */
export const PLATFORM_AREA = /(?:^|\/)(?:internal|superadmin|super-admin|backoffice|back-office|staff|ops|platform|infra)(?:\/|$)/i;

/**
 * Whether a path lies in an operator area. `staff` and `ops` also name a tenant's own resources (a clinic's staff
 * list under its admin area, `/admin/staff/:userId`): they name an area only as the path's first segment, after
 * an API or version prefix (`/api/staff/payroll`, `/ops/admin/workspaces`); the other words name one anywhere.
 */
export function inPlatformArea(path: string): boolean {
  const m = PLATFORM_AREA.exec(path);
  if (!m) return false;
  const segs = path.split('/').filter(Boolean);
  const lead = segs.findIndex((s) => !/^(?:api|v\d+|app)$/i.test(s));
  return segs.some((s, i) => /^(?:internal|superadmin|super-admin|backoffice|back-office|platform|infra)$/i.test(s) || (i === lead && /^(?:staff|ops)$/i.test(s)));
}

/**
 * An operator area (`/infra/...`, `/internal/...`) behind a gate of its own rather than the app's usual
 * sign-in: the credential (an operator token, a service key) is the role.
 */
export function operatorArea(r: Route, model: { commonAuth?: { name: string } }): boolean {
  const common = gateIdentity(r, model.commonAuth?.name ?? '');
  return inPlatformArea(r.path) && r.chain.some((e) => e.roles.includes('auth') && gateIdentity(r, e.name) !== common);
}

/**
 * A gate's name for telling gates apart. A Fastify decorator is read off whichever instance the plugin was
 * given (`app.authenticate`, `fastify.authenticate`, `scope.authenticate`): one gate, named by the decorator.
 */
export function gateIdentity(r: Route, name: string): string {
  const m = r.framework === 'fastify' ? /^\w+\.(\w+)$/.exec(name) : null;
  return m ? m[1] : name;
}
