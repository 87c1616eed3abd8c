import { Router, type Request, type Response } from 'express';
import { getAuth, clerkClient } from '@clerk/express';
import { prisma } from '../lib/prisma.js';
import { isOrgAdmin, requireAdmin } from '../lib/auth.js';

// mounted at /api/admin behind requireAuth()
export const adminRouter = Router();

// ok: missing-role-check
adminRouter.get('/members', requireAdmin, async (req, res) => {
  const { orgId } = getAuth(req);
  // ok: unscoped-tenant-query
  const members = await prisma.member.findMany({ where: { orgId: orgId! } });
  res.json(members);
});

// ok: missing-role-check
adminRouter.post('/members/:memberId/role', async (req, res) => {
  if (!isOrgAdmin(req)) return res.status(403).json({ error: 'admins only' });
  const { orgId } = getAuth(req);
  const role = req.body.role === 'admin' ? 'admin' : 'member';
  // ok: unscoped-tenant-query
  await prisma.member.updateMany({ where: { id: req.params.memberId, orgId: orgId! }, data: { role } });
  res.status(204).end();
});

// expect: missing-role-check
adminRouter.get('/audit', async (req, res) => {
  const { orgId } = getAuth(req);
  // ok: unscoped-tenant-query
  const events = await prisma.auditEvent.findMany({ where: { orgId: orgId! }, orderBy: { createdAt: 'desc' }, take: 500 });
  res.json(events);
});

// expect: missing-role-check
adminRouter.delete('/users/:userId', async (req, res) => {
  await clerkClient.users.deleteUser(req.params.userId);
  res.status(204).end();
});

// ok: missing-role-check
adminRouter.post('/impersonate/:userId', async (req, res) => {
  const { sessionClaims } = getAuth(req);
  if ((sessionClaims as { metadata?: { role?: string } })?.metadata?.role !== 'superadmin') {
    return res.status(403).json({ error: 'forbidden' });
  }
  const token = await clerkClient.signInTokens.createSignInToken({ userId: req.params.userId, expiresInSeconds: 60 });
  res.json({ url: token.url });
});

/** Notes whose author left the organization (support asks for this list before offboarding). */
async function ownerCheck(req: Request, res: Response) {
  const { orgId } = getAuth(req);
  const members = await prisma.member.findMany({ where: { orgId: orgId! }, select: { clerkId: true } });
  // ok: unscoped-tenant-query
  const orphaned = await prisma.note.findMany({
    where: { orgId: orgId!, authorId: { notIn: members.map((m) => m.clerkId) } },
    select: { id: true, title: true, authorId: true },
  });
  res.json(orphaned);
}

// expect: missing-role-check
adminRouter.get('/notes/orphaned', ownerCheck);
