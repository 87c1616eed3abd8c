import { Router, type NextFunction, type Request, type Response } from 'express';
import type { User } from '@prisma/client';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { config } from '../config';
import { validate } from '../middleware/validate';

const router = Router();

function requireWorkspaceAdmin(req: Request, res: Response, next: NextFunction) {
  const user = req.user as User | undefined;
  if (!user || (user.role !== 'OWNER' && user.role !== 'ADMIN')) {
    return res.status(403).json({ error: 'Admins only' });
  }
  next();
}

// ok: missing-auth, missing-role-check, missing-input-validation
router.post('/users/:id/role', requireWorkspaceAdmin, validate(z.object({ role: z.enum(['ADMIN', 'EDITOR', 'VIEWER']) })), async (req, res) => {
  const admin = req.user as User;
  // ok: unscoped-tenant-query
  const result = await prisma.user.updateMany({ where: { id: req.params.id, workspaceId: admin.workspaceId }, data: { role: req.body.role } });
  res.json({ updated: result.count });
});

// ok: missing-auth, missing-role-check
router.post('/users/:id/disable', requireWorkspaceAdmin, async (req, res) => {
  const admin = req.user as User;
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: req.params.id, workspaceId: admin.workspaceId }, data: { disabled: true } });
  res.status(204).end();
});

// ok: missing-auth
// expect: missing-role-check
router.post('/users/:id/impersonate', async (req, res) => {
  const admin = req.user as User;
  // ok: unscoped-tenant-query
  const target = await prisma.user.findFirst({ where: { id: req.params.id, workspaceId: admin.workspaceId } });
  if (!target) return res.sendStatus(404);
  const token = jwt.sign({ sub: target.id, act: admin.id }, config.jwtSecret, { expiresIn: '30m', algorithm: 'HS256' });
  res.json({ token });
});

// ok: missing-auth, missing-role-check
router.get('/billing', requireWorkspaceAdmin, async (req, res) => {
  const admin = req.user as User;
  // ok: unscoped-tenant-query
  const workspace = await prisma.workspace.findUnique({ where: { id: admin.workspaceId }, include: { invoices: true } });
  res.json(workspace);
});

export default router;
