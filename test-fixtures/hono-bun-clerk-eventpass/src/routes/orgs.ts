import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { createClerkClient } from '@clerk/backend';
import { db } from '../lib/db';
import { inviteSchema, roleSchema } from '../lib/schemas';
import { requireUser, requireOrgAdmin, requireActiveOrg, type AuthVars } from '../middleware/auth';

const clerk = createClerkClient({ secretKey: Bun.env.CLERK_SECRET_KEY });

export const orgs = new Hono<{ Variables: AuthVars }>();

// ok: unscoped-tenant-query
orgs.get('/members', requireUser, async (c) => {
  const { data } = await clerk.organizations.getOrganizationMembershipList({ organizationId: requireActiveOrg(c) });
  return c.json(data.map((m) => ({ userId: m.publicUserData?.userId, role: m.role })));
});

// expect: missing-auth
orgs.get('/:orgId/payouts', async (c) => {
  const payouts = await db.payout.findMany({ where: { orgId: c.req.param('orgId') }, orderBy: { createdAt: 'desc' } });
  return c.json(payouts);
});

// members may invite colleagues as plain members
// expect: missing-rate-limit
// ok: missing-input-validation
orgs.post('/invitations', requireUser, zValidator('json', inviteSchema), async (c) => {
  const { emailAddress } = c.req.valid('json');
  const invitation = await clerk.organizations.createOrganizationInvitation({
    organizationId: requireActiveOrg(c),
    inviterUserId: c.get('userId'),
    emailAddress,
    role: 'org:member',
  });
  return c.json({ id: invitation.id }, 201);
});

// expect: missing-role-check
orgs.patch('/members/:userId/role', requireUser, zValidator('json', roleSchema), async (c) => {
  const membership = await clerk.organizations.updateOrganizationMembership({
    organizationId: requireActiveOrg(c),
    userId: c.req.param('userId'),
    role: c.req.valid('json').role,
  });
  return c.json({ role: membership.role });
});

// ok: missing-role-check
orgs.delete('/members/:userId', requireUser, requireOrgAdmin, async (c) => {
  await clerk.organizations.deleteOrganizationMembership({
    organizationId: requireActiveOrg(c),
    userId: c.req.param('userId'),
  });
  return c.body(null, 204);
});
