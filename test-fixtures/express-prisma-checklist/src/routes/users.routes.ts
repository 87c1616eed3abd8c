import { Router } from 'express';
import multer from 'multer';
import path from 'node:path';
import { z } from 'zod';
import { config } from '../config';
import { prisma } from '../lib/prisma';
import { sendInviteEmail } from '../lib/mailer';
import { requireRole, signInviteToken } from '../middleware/auth';
import { uploadLimiter } from '../middleware/rateLimit';

// Mounted behind requireAuth in app.ts, so req.user is always set here.
const router = Router();

// expect: unrestricted-upload
const avatarUpload = multer({ dest: path.join(config.uploadDir, 'avatars') });

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  role: z.enum(['ADMIN', 'MEMBER']).default('MEMBER'),
});

const userFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  avatarPath: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

router.get('/me', async (req, res) => {
  // ok: unscoped-tenant-query
  const user = await prisma.user.findUnique({ where: { id: req.user!.id }, select: { ...userFields, agency: { select: { id: true, name: true, plan: true } } } });
  if (!user) {
    return res.status(404).json({ error: 'User not found' });
  }
  return res.json(user);
});

router.get('/', async (req, res) => {
  const users = await prisma.user.findMany({
    where: { agencyId: req.user!.agencyId },
    select: userFields,
    orderBy: { createdAt: 'asc' },
  });
  res.json(users);
});

router.get('/:id/avatar', async (req, res) => {
  // ok: unscoped-tenant-query
  const user = await prisma.user.findFirst({ where: { id: req.params.id, agencyId: req.user!.agencyId }, select: { avatarPath: true } });
  if (!user?.avatarPath) {
    return res.status(404).json({ error: 'No avatar' });
  }
  return res.sendFile(path.resolve(user.avatarPath));
});

// expect: missing-rate-limit
// ok: missing-input-validation
router.post('/invite', requireRole('OWNER', 'ADMIN'), async (req, res) => {
  const { email, role } = inviteSchema.parse(req.body);
  const agencyId = req.user!.agencyId;

  // Emails are globally unique; a duplicate fails with P2002 and errorHandler answers 409.
  const [agency, user] = await prisma.$transaction([
    prisma.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true } }),
    prisma.user.create({ data: { email, role, agencyId }, select: userFields }),
  ]);

  const token = signInviteToken({ email, agencyId, role });
  await sendInviteEmail(email, agency.name, `${config.appUrl}/accept-invite?token=${encodeURIComponent(token)}`);

  return res.status(201).json(user);
});

// ok: missing-rate-limit
router.post('/me/avatar', uploadLimiter, avatarUpload.single('avatar'), async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'No file uploaded' });
  }
  const user = await prisma.user.update({
    where: { id: req.user!.id },
    data: { avatarPath: req.file.path },
    select: userFields,
  });
  return res.json(user);
});

// expect: missing-input-validation
router.patch('/:id/role', requireRole('OWNER'), async (req, res) => {
  // expect: unscoped-tenant-query
  const user = await prisma.user.update({ where: { id: req.params.id }, data: { role: req.body.role }, select: userFields });
  res.json(user);
});

router.delete('/:id', requireRole('OWNER', 'ADMIN'), async (req, res) => {
  if (req.params.id === req.user!.id) {
    return res.status(400).json({ error: "You can't remove yourself" });
  }
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.deleteMany({ where: { id: req.params.id, agencyId: req.user!.agencyId, role: { not: 'OWNER' } } });
  if (count === 0) {
    return res.status(404).json({ error: 'User not found' });
  }
  return res.status(204).end();
});

export default router;
