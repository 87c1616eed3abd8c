import { eq } from 'drizzle-orm';
import { Router } from 'express';
import { db } from '../db/index.js';
import { invitations, members } from '../db/schema.js';
import { requireSession } from '../middleware/session.js';

export const invitationsRouter = Router();
invitationsRouter.use(requireSession);

// ok: missing-auth
// expect: missing-rate-limit
invitationsRouter.post('/:invitationId/accept', async (req, res) => {
  // ok: unscoped-tenant-query
  const invite = await db.query.invitations.findFirst({ where: eq(invitations.id, req.params.invitationId) });
  if (!invite || invite.email.toLowerCase() !== req.user!.email.toLowerCase()) {
    return res.status(404).json({ error: 'Invitation not found' });
  }
  await db.transaction(async (tx) => {
    await tx.insert(members).values({ workspaceId: invite.workspaceId, userId: req.user!.id, role: invite.role });
    await tx.delete(invitations).where(eq(invitations.id, invite.id));
  });
  res.json({ workspaceId: invite.workspaceId });
});
