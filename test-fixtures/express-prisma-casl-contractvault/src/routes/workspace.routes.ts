import { Router } from 'express';
import type { User } from '@prisma/client';
import { randomBytes } from 'crypto';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import multer from 'multer';
import { validate } from '../middleware/validate';
import { uploadLimiter } from '../middleware/limiters';
import { avatarUploadOptions } from '../lib/uploads';
import { defineAbilityFor, subject } from '../auth/abilities';

const router = Router();

// ok: missing-auth
router.get('/me', (req, res) => {
  const { passwordHash, ...user } = req.user as User;
  res.json(user);
});

// expect: missing-input-validation
router.patch('/me', async (req, res) => {
  const user = req.user as User;
  const updated = await prisma.user.update({ where: { id: user.id }, data: req.body });
  res.json({ id: updated.id, name: updated.name });
});

// ok: unrestricted-upload
const avatarUpload = multer(avatarUploadOptions);

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.put('/me/avatar', uploadLimiter, avatarUpload.single('avatar'), async (req, res) => {
  const user = req.user as User;
  if (!req.file) return res.status(400).json({ error: 'avatar is required' });
  const key = `avatars/${user.id}-${Date.now()}`;
  await prisma.user.update({ where: { id: user.id }, data: { name: user.name, avatarKey: key } });
  res.json({ avatarKey: key });
});

// ok: missing-auth
router.get('/members', async (req, res) => {
  const user = req.user as User;
  // ok: unscoped-tenant-query
  res.json(await prisma.user.findMany({ where: { workspaceId: user.workspaceId }, select: { id: true, email: true, name: true, role: true } }));
});

// ok: missing-input-validation
// expect: missing-rate-limit
router.post('/invitations', validate(z.object({ email: z.string().email(), role: z.enum(['ADMIN', 'EDITOR', 'VIEWER']) })), async (req, res) => {
  const user = req.user as User;
  if (!defineAbilityFor(user).can('create', 'User')) return res.sendStatus(403);
  const invitation = await prisma.invitation.create({
    data: {
      workspaceId: user.workspaceId,
      email: req.body.email,
      role: req.body.role,
      token: randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + 7 * 86400_000),
    },
  });
  res.status(201).json({ id: invitation.id });
});

// ok: missing-auth, missing-role-check
router.delete('/members/:userId', async (req, res) => {
  const user = req.user as User;
  const ability = defineAbilityFor(user);
  // ok: unscoped-tenant-query
  const member = await prisma.user.findUnique({ where: { id: req.params.userId } });
  if (!member || ability.cannot('delete', subject('User', member))) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  await prisma.user.delete({ where: { id: member.id } });
  res.status(204).end();
});

export default router;
