import { and, eq } from 'drizzle-orm';
import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db/index.js';
import { invitations, members, workspaces } from '../db/schema.js';
import { inviteLimiter } from '../lib/limits.js';
import { requireSession, requireWorkspace } from '../middleware/session.js';

export const workspacesRouter = Router();
workspacesRouter.use(requireSession);

const WorkspaceInput = z.object({ name: z.string().trim().min(1).max(80) });
const InviteInput = z.object({ email: z.string().email(), role: z.enum(['admin', 'editor', 'viewer']) });
const RoleInput = z.object({ role: z.enum(['admin', 'editor', 'viewer']) });

// ok: missing-auth, unscoped-tenant-query
workspacesRouter.get('/', async (req, res) => {
  const rows = await db
    .select({ id: workspaces.id, name: workspaces.name, role: members.role })
    .from(members)
    .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
    .where(eq(members.userId, req.user!.id));
  res.json(rows);
});

// ok: missing-auth, missing-input-validation
workspacesRouter.post('/', async (req, res) => {
  const { name } = WorkspaceInput.parse(req.body);
  const workspace = await db.transaction(async (tx) => {
    const [ws] = await tx.insert(workspaces).values({ name, ownerId: req.user!.id }).returning();
    await tx.insert(members).values({ workspaceId: ws.id, userId: req.user!.id, role: 'owner' });
    return ws;
  });
  res.status(201).json(workspace);
});

// ok: missing-auth, missing-input-validation, unscoped-tenant-query
workspacesRouter.patch('/:workspaceId', requireWorkspace('owner', 'admin'), async (req, res) => {
  const { name } = WorkspaceInput.parse(req.body);
  const [ws] = await db.update(workspaces).set({ name }).where(eq(workspaces.id, req.workspace!.id)).returning();
  res.json(ws);
});

// ok: missing-rate-limit, missing-input-validation, missing-role-check
workspacesRouter.post('/:workspaceId/invitations', requireWorkspace('owner', 'admin'), inviteLimiter, async (req, res) => {
  const input = InviteInput.parse(req.body);
  const [invite] = await db
    .insert(invitations)
    .values({ ...input, workspaceId: req.workspace!.id, invitedBy: req.user!.id })
    .returning();
  res.status(201).json(invite);
});

// ok: missing-role-check, missing-input-validation, unscoped-tenant-query
workspacesRouter.patch('/:workspaceId/members/:userId/role', requireWorkspace('owner'), async (req, res) => {
  const { role } = RoleInput.parse(req.body);
  await db
    .update(members)
    .set({ role })
    .where(and(eq(members.workspaceId, req.workspace!.id), eq(members.userId, req.params.userId)));
  res.sendStatus(204);
});

// expect: missing-role-check
workspacesRouter.delete('/:workspaceId/members/:userId', requireWorkspace(), async (req, res) => {
  if (req.params.userId === req.user!.id) return res.status(400).json({ error: 'Use leave instead' });
  // ok: unscoped-tenant-query
  await db.delete(members).where(and(eq(members.workspaceId, req.workspace!.id), eq(members.userId, req.params.userId)));
  res.sendStatus(204);
});

// ok: missing-auth
workspacesRouter.post('/:workspaceId/switch', requireWorkspace(), (req, res) => {
  // ok: insecure-cookie
  res.cookie('last_workspace', req.workspace!.id, { maxAge: 30 * 24 * 3600 * 1000 });
  res.sendStatus(204);
});

// ok: missing-auth, missing-input-validation
workspacesRouter.post('/:workspaceId/duplicate', requireWorkspace('owner'), (req, res) => {
  const { name } = WorkspaceInput.parse(req.body);
  db.insert(workspaces)
    .values({ name, ownerId: req.user!.id })
    .returning()
    .then(([ws]) => res.status(201).json(ws))
    // expect: error-details-leak
    .catch((err) => res.status(500).json({ error: err.message }));
});
