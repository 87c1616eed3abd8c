/** unscoped-tenant-query: IDOR — a query on tenant-owned data driven by a client id, not scoped to the caller. */
import type { Rule } from '../server/src/engine/findings';
import { routeLabel } from '../server/src/engine/findings';
import { isUnscoped } from '../server/src/engine/model/routes';
import { queryText, isAdminLike, operatorArea, inPlatformArea, gateIdentity } from './shared';

export const rule: Rule = {
  meta: {
    id: 'unscoped-tenant-query',
    name: 'Query not scoped to the caller\'s tenant',
    defaultSeverity: 'error',
    description: 'A database query on tenant-owned data is driven by a client-supplied id and not constrained by the caller\'s tenant or owner.',
    fullDescription:
      'Inside an authenticated route, a read, update or delete on a model that carries a tenant or owner key filters by an identifier the client controls (path, query, body, header) without also filtering by the caller\'s tenant from the session, and without an ownership check before the data is used: swapping the id reads or changes another customer\'s data (IDOR).',
    cwe: ['CWE-639', 'CWE-284'],
    fixable: true,
    docs: 'rules/unscoped-tenant-query.md',
    perRoute: true,
  },
  check(ctx) {
    const done = new Set<string>();
    for (const r of ctx.model.routes) {
      if (!r.auth.required) continue;
      // login/signup/reset look users up by what the client sends: that is their job
      if (r.publicReason && /login|signup|reset|token|callback|webhook|auth endpoint/.test(r.publicReason)) continue;
      // a webhook receiver acts for the provider that posts to it (whatever secret it checks): it looks records up by the
      // ids in the event, and unverified-webhook says whether the event is to be believed
      if (r.webhook) continue;
      // cross-tenant access is the point of a platform (not tenant) admin route: a platform role,
      // a back-office path, or an admin area with its own authentication beyond the app's usual one
      if (r.roleCheck && isPlatformAdmin(r, ctx.model)) continue;
      if (!r.roleCheck && operatorArea(r, ctx.model)) continue;
      // a cron job or internal service proving a server secret has no tenant of its own: it works across tenants
      if (r.serviceCaller) continue;
      for (const q of r.queries) {
        if (!isUnscoped(q)) continue;
        // a role-gated route (moderators, editors) may change any author's rows: authorship is no tenant boundary
        if (q.authorOwned && r.roleCheck) continue;
        const key = `${q.loc.file}:${q.loc.line}:${q.loc.column}`;
        if (done.has(key)) continue;
        done.add(key);
        const keys = q.tenantKeys.length ? q.tenantKeys.join('/') : 'tenant key';
        const driver = q.clientDriven[0];
        const why = driver
          ? driver.path === '*' ? `takes its filter from ${driver.source} (client-supplied, whatever keys it holds)` : `filters by ${driver.path} from ${driver.source} (client-supplied)`
          : q.hasFilter ? 'lists records with no tenant filter' : 'has no filter at all';
        ctx.report({
          loc: q.loc,
          route: routeLabel(r),
          message: `${routeLabel(r)}: ${queryText(q)} ${why} and is not scoped to the caller's ${keys}; no ownership check follows.`,
          evidence: [
            ...(q.sqlText ? [{ message: `query: ${q.sqlText}` }] : []),
            { message: `route declared here (authenticated by ${r.auth.via.join(', ') || 'session'})`, loc: r.loc },
            ...q.via.map((v) => ({ message: 'called from here', loc: v })),
          ],
          fixData: { model: q.model, orm: q.orm, tenantKey: q.tenantKeys[0] },
        });
      }
    }
  },
};

/** Roles a tenant gives its own members (`owner`, `manager`, `member`, `viewer`...). */
const TENANT_ROLE = /^(?:owner|manager|member|editor|viewer|user|agent|scanner|cashier|reception(?:ist)?|employee|accountant|billing|guest)s?$/i;

function isPlatformAdmin(r: import('../server/src/engine/model/types').Route, model: import('../server/src/engine/model/types').AppModel): boolean {
  // (a gate that also lets in the tenant's own roles, `@Roles(Role.Owner, Role.Manager, Role.Staff, Role.Scanner)`, names
  // the organizer's staff: a member role, not the platform's)
  const platformRole = /super|platform|staff|support|internal|root|sysadmin|operator|backoffice/i;
  if (r.roles.some((x) => platformRole.test(x)) && !r.roles.some((x) => TENANT_ROLE.test(x) && !platformRole.test(x))) return true;
  if (inPlatformArea(r.path)) return true;
  // an area only the holders of one static operators' credential enter (`bearerAuth({ token })`, fixed basic-auth
  // users): no user signs in, so there is no caller's tenant to scope by
  if (r.roles.includes('credential holder')) return true;
  // users that each belong to one tenant (`User.orgId`) make `admin` a tenant role; users that
  // join tenants through memberships make a role on the user a platform role
  // (the role check may say it by its name alone: `@UseGuards(GqlAdminGuard)`, `requireAdmin`)
  // (a guard named again where it already runs, `@UseGuards(JwtAuthGuard)` under the same global guard, is one gate)
  const bare = (name: string | undefined) => (name ?? '').replace(/\s*\([^()]*\)$/, '');
  // a gate that also lets in the tenant's own roles (`requireOrgRole('owner', 'admin', 'recruiter')`, the caller's role
  // in the organization's membership) checks what the caller may do in their organization, not a platform role
  // (Clerk's organization roles, `orgRole !== 'org:admin'`, are the caller's role in the active organization: a tenant role)
  const adminGate = r.roles.length
    ? r.roles.every((x) => /admin/i.test(x) && !/^org:/i.test(x))
    : r.chain.some((e) => e.roles.includes('role') && /admin/i.test(bare(e.name)));
  // (a user row with a tenant key of its own, a home organization, beside membership rows that hold the roles in each
  // tenant: the role on the user row is still the platform's)
  if ((!(model.userTenantKeys ?? []).length || model.memberRoles) && (isAdminLike(r, model.config.adminRoutes) || adminGate)) return true;
  const common = gateIdentity(r, bare(model.commonAuth?.name));
  const gates = new Set(r.chain.filter((e) => e.roles.includes('auth') && !e.roles.includes('role')).map((e) => gateIdentity(r, bare(e.name))));
  return isAdminLike(r, model.config.adminRoutes) && gates.size > 1 && [...gates].some((g) => g !== common);
}
