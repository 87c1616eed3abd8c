import { randomBytes } from 'node:crypto';
import { Role } from '@prisma/client';
import bcrypt from 'bcryptjs';
import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { asyncHandler, authorize } from '../middleware/auth';

const inviteSchema = z
  .object({
    email: z.string().email().max(254),
    name: z.string().trim().min(1).max(120),
    role: z.nativeEnum(Role).default('employee'),
  })
  .strict();

const updateUserSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    role: z.nativeEnum(Role),
    active: z.boolean(),
  })
  .partial()
  .strict();

/** Mounted at /api/admin/users (see routes/admin.ts). */
export const adminUsersRouter = Router();

// expect: missing-role-check
adminUsersRouter.get('/', asyncHandler(async (req, res) => {
  const users = await prisma.user.findMany({
    where: { companyId: req.user!.companyId },
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true },
    orderBy: { name: 'asc' },
  });
  return res.json(users);
}));

// ok: missing-role-check
// expect: missing-rate-limit
adminUsersRouter.post('/invite', asyncHandler(async (req, res) => {
  if (!req.ability!.can('create', 'User')) return res.sendStatus(403);
  const body = inviteSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  const actor = req.user!;
  const email = body.data.email.toLowerCase();
  const taken = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) return res.status(409).json({ error: 'email already registered' });

  // Random unusable password; the invitee sets a real one through /auth/forgot.
  const passwordHash = await bcrypt.hash(randomBytes(32).toString('hex'), 12);
  const user = await prisma.user.create({
    data: { email, name: body.data.name, role: body.data.role, passwordHash, companyId: actor.companyId },
    select: { id: true, email: true, name: true, role: true },
  });
  await prisma.auditEvent.create({
    data: { companyId: actor.companyId, actorId: actor.id, action: 'user.invited', targetType: 'User', targetId: user.id },
  });
  return res.status(201).json(user);
}));

adminUsersRouter
  .route('/:id')
  // expect: missing-role-check
  .patch(asyncHandler(async (req, res) => {
    const body = updateUserSchema.safeParse(req.body);
    if (!body.success) return res.status(400).json({ error: body.error.flatten() });

    const actor = req.user!;
    // ok: unscoped-tenant-query
    const { count } = await prisma.user.updateMany({
      where: { id: req.params.id, companyId: actor.companyId },
      data: body.data,
    });
    if (count === 0) return res.sendStatus(404);

    await prisma.auditEvent.create({
      data: {
        companyId: actor.companyId,
        actorId: actor.id,
        action: 'user.updated',
        targetType: 'User',
        targetId: req.params.id,
        metadata: { fields: Object.keys(body.data) },
      },
    });
    return res.sendStatus(204);
  }))
  // ok: missing-role-check
  .delete(authorize('admin'), asyncHandler(async (req, res) => {
    const actor = req.user!;
    if (req.params.id === actor.id) return res.status(400).json({ error: 'cannot deactivate yourself' });

    // ok: unscoped-tenant-query
    const { count } = await prisma.user.updateMany({
      where: { id: req.params.id, companyId: actor.companyId },
      data: { active: false, sessionVersion: { increment: 1 } },
    });
    if (count === 0) return res.sendStatus(404);

    await prisma.auditEvent.create({
      data: { companyId: actor.companyId, actorId: actor.id, action: 'user.deactivated', targetType: 'User', targetId: req.params.id },
    });
    return res.sendStatus(204);
  }));
