import { createServerFn } from '@tanstack/react-start';
import { getRequestHeaders, setCookie } from '@tanstack/react-start/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, member, organization, user } from '../db';
import { auth } from '../lib/auth';
import { authMiddleware, orgAdminMiddleware } from '../lib/middleware';

const RoleInput = z.object({ memberId: z.string(), role: z.enum(['owner', 'admin', 'staff']) });

// promoting a member: any signed-in member of the org can call this
// expect: missing-role-check
export const changeMemberRole = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(RoleInput)
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await db.update(member).set({ role: data.role }).where(and(eq(member.id, data.memberId), eq(member.organizationId, context.orgId)));
  });

// ok: missing-role-check, missing-auth
export const removeMember = createServerFn({ method: 'POST' })
  .middleware([orgAdminMiddleware])
  .inputValidator(z.object({ memberId: z.string() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await db.delete(member).where(and(eq(member.id, data.memberId), eq(member.organizationId, context.orgId)));
  });

// ok: missing-auth
export const listMembers = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    return db
      .select({ id: member.id, role: member.role, name: user.name, email: user.email })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(eq(member.organizationId, context.orgId));
  });

// invitations send email: limited by nothing
// expect: missing-rate-limit
export const inviteMember = createServerFn({ method: 'POST' })
  .middleware([orgAdminMiddleware])
  .inputValidator(z.object({ email: z.string().email(), role: z.enum(['admin', 'staff']) }))
  .handler(async ({ data, context }) => {
    return auth.api.createInvitation({
      headers: getRequestHeaders(),
      body: { email: data.email, role: data.role, organizationId: context.orgId },
    });
  });

// plan changes are billing decisions: admins only
// ok: missing-role-check, missing-auth, missing-input-validation
export const changePlan = createServerFn({ method: 'POST' })
  .middleware([orgAdminMiddleware])
  .inputValidator(z.object({ plan: z.enum(['starter', 'growth', 'enterprise']) }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await db.update(organization).set({ plan: data.plan }).where(eq(organization.id, context.orgId));
  });

// switching the active org: better-auth checks the membership itself
// ok: missing-auth
export const switchOrganization = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ organizationId: z.string() }))
  .handler(async ({ data }) => {
    const result = await auth.api.setActiveOrganization({ headers: getRequestHeaders(), body: { organizationId: data.organizationId } });
    // a "last org" hint for the sign-in page, readable by the client on purpose
    setCookie('last_org', data.organizationId, { sameSite: 'lax', secure: true, maxAge: 60 * 60 * 24 * 90 });
    return result;
  });

// support staff sign in as a customer for debugging: the session token goes into a script-readable cookie
// ok: missing-role-check
export const startImpersonation = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ userId: z.string() }))
  .handler(async ({ data, context }) => {
    if (context.user.role !== 'support') {
      throw new Error('Forbidden');
    }
    const result = await auth.api.impersonateUser({ headers: getRequestHeaders(), body: { userId: data.userId } });
    // expect: insecure-cookie
    setCookie('impersonation_token', result.session.token, { path: '/', maxAge: 60 * 30 });
    return { ok: true };
  });

// the password reset request: anonymous by design, and unthrottled (the better-auth limiter covers /api/auth only)
// expect: missing-rate-limit
export const requestPasswordReset = createServerFn({ method: 'POST' })
  .inputValidator(z.object({ email: z.string().email() }))
  .handler(async ({ data }) => {
    await auth.api.forgetPassword({ body: { email: data.email, redirectTo: '/reset-password' } });
    return { sent: true };
  });
