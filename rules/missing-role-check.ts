/** missing-role-check: an authenticated admin-like route with no role or permission check. */
import type { Rule } from '../server/src/engine/findings';
import { routeLabel } from '../server/src/engine/findings';
import { describeChain, isAdminLike, operatorArea } from './shared';

const PEOPLE_MODEL = /user|member|account|staff|employee|admin|operator|collaborator|profile|seat|invit/i;
const MEMBERSHIP_MODEL = /^(?:\w*?[_-]?)?(?:members?|memberships?)$/i;
const PERSON_KEY = /^(?:_?id|user_?id|member_?id|account_?id)$/i;

/** A Prisma model named like a membership that holds no user, role or password: the tenant's customers (a gym's members), not its people. */
function customerRecord(models: import('../server/src/engine/types').PrismaModelFact[], orm: string, model: string): boolean {
  if (orm !== 'prisma') return false;
  const m = models.find((x) => x.delegate === model || x.name === model);
  return !!m && !m.fields.some((f) => /^(?:user|users|userId|user_id|role|roles|password|passwordHash|hashedPassword|password_hash)$/i.test(f.name) || /^(?:User|Users)$/.test(f.type));
}
const ROLE_FIELD = /^(?:role|roles|isAdmin|is_admin|isSuperAdmin|is_superadmin|permissions|isStaff|is_staff|accessLevel|access_level)$/;

/** Ending an impersonation: `/impersonation/exit`, `/impersonate/stop`, `stopImpersonating`, `/end-impersonation`. */
const ENDS_IMPERSONATION = /impersonat\w*[/._-]?(?:stop|exit|end|leave|revert|restore|cancel)\b|(?:stop|exit|end|leave|revert|restore|cancel)[/._-]?impersonat/i;

export const rule: Rule = {
  meta: {
    id: 'missing-role-check',
    name: 'Admin route without a role check',
    defaultSeverity: 'warning',
    description: 'An authenticated route in an admin area or doing an admin operation has no role or permission check.',
    fullDescription:
      'Any signed-in user can call this route: it sits under an admin-like path (/admin, /internal, /manage or the configured adminRoutes) or performs an admin operation (changing roles, deleting or impersonating users), and neither its middleware nor its handler checks a role or permission.',
    cwe: ['CWE-285', 'CWE-862'],
    fixable: true,
    docs: 'rules/missing-role-check.md',
    perRoute: true,
  },
  check(ctx) {
    for (const r of ctx.model.routes) {
      if (!r.auth.required || r.roleCheck) continue;
      // a server secret the handler checks (`authorization !== `Bearer ${env.CRON_SECRET}``) lets in only the jobs and
      // services that hold it, like a gate with one operators' credential: there is no user to have a role
      if (r.auth.via.length && r.auth.via.every((v) => v === 'shared secret check in handler')) continue;
      // (so does an operator area, `/infra/...`, `/internal/...`, behind a gate of its own that looks its credential up
      // rather than the app's user sign-in: an infra token an admin issued is the role)
      if (operatorArea(r, ctx.model) && operatorCredentialGate(r)) continue;
      // a sign-in flow (login, signup, reset, OAuth callback) that writes the user's own record, an admin flag an identity
      // provider's groups grant included (LDAP `isAdmin` synced at login): no operation on someone else's account
      if (r.publicReason && /^(?:login|signup|sign-up|password reset|oauth)/i.test(r.publicReason) && !isAdminLike(r, ctx.model.config.adminRoutes)) continue;
      const adminPath = isAdminLike(r, ctx.model.config.adminRoutes);
      const adminOp =
        // (ending an impersonation, `/impersonation/exit`, `stopImpersonating`, hands the caller back their own session)
        (/impersonat/i.test(r.path) && !ENDS_IMPERSONATION.test(r.path)) ||
        (/\/roles?(?:\/|$)/i.test(r.path) && r.writes) ||
        // an operation named for it that writes a person's record (GraphQL `setUserRole`, tRPC `team.updateMemberRole`,
        // an action `changeRole`; a document recipient's `recipient.setRole` is no permission)
        (operationWords(r.path).some((w) => w === 'role' || w === 'roles') && r.queries.some((q) => q.kind === 'write' && PEOPLE_MODEL.test(q.model))) ||
        // (a user the client picks, also within the caller's tenant: `User.findOneAndDelete({ _id: params.userId, team })`)
        r.queries.some((q) => /^(?:user|users)$/i.test(q.model) && q.kind === 'delete' && (q.clientDriven.length > 0 || (q.clientKeyed ?? []).length > 0)) ||
        // removing someone else from the tenant (`memberships.where({ org_id, user_id: params.userId }).del()`)
        // (not a gym's or a club's `Member` in a Prisma schema that names no user, role or password on it: a customer record)
        r.queries.some((q) => MEMBERSHIP_MODEL.test(q.model) && q.kind === 'delete' && !customerRecord(ctx.model.prismaModels, q.orm, q.model) &&
          [...q.clientDriven.map((c) => c.path), ...(q.clientKeyed ?? [])].some((p) => PERSON_KEY.test(p.split('.').pop() ?? ''))) ||
        // a write that sets a role on a record the client picks (`set({ role }).where(eq(users.id, form.get('userId')))`)
        // (on people: a document recipient's or a step's `role` is no permission)
        r.queries.some((q) => q.kind === 'write' && q.clientDriven.length > 0 && PEOPLE_MODEL.test(q.model) && (q.dataKeys ?? []).some((k) => ROLE_FIELD.test(k))) ||
        // ...also assigned into a row read by the client's id and saved back (`user = await User.findOrFail(params.id);
        // user.role = request.input('role'); await user.save()`)
        r.queries.some((q) => q.kind === 'write' && PEOPLE_MODEL.test(q.model) && (q.massAssigned ?? []).some((k) => ROLE_FIELD.test(k)) &&
          r.queries.some((x) => x.model === q.model && x.kind === 'read' && x.clientDriven.length > 0));
      if (!adminPath && !adminOp) continue;
      ctx.report({
        loc: r.loc,
        route: routeLabel(r),
        message: `${routeLabel(r)} is ${adminPath ? 'an admin route' : 'an admin operation'} that any authenticated user can call: authenticated by ${r.auth.via.join(', ') || 'a session check'}, but no role or permission check in the chain ${describeChain(r)} or the handler.`,
        evidence: [{ message: `authenticated by ${r.auth.via.join(', ')}` }, ...r.auth.evidence.slice(0, 1)],
      });
    }
  },
};

/**
 * A gate named for an operators' or a service's own credential (`InfraTokenGuard`, `internalApiKey`, `ServiceKeyGuard`,
 * `verifyOpsToken`): no user signs in through it, so there is no user role to check.
 */
function operatorCredentialGate(r: import('../server/src/engine/model/types').Route): boolean {
  const words = (name: string) => name.replace(/\(.*$/s, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return r.chain.some((e) => {
    if (!e.roles.includes('auth')) return false;
    const w = words(e.name);
    return w.some((x) => /^(?:infra|internal|service|operators?|ops|system|machine|m2m|cron)$/.test(x)) && w.some((x) => /^(?:token|key|secret|apikey)$/.test(x));
  });
}

/** The words of a route named by an operation rather than a URL (`team.setMemberRole` -> set, member, role); none for paths. */
function operationWords(path: string): string[] {
  if (path.includes('/')) return [];
  const name = path.split('.').pop() ?? '';
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/).filter(Boolean);
}
