import { Router } from 'express';
import multer from 'multer';
import { prisma } from '../lib/prisma';

// expect: unrestricted-upload
const avatarUpload = multer({ dest: 'storage/avatars' });

export const meRouter = Router();

// ok: missing-auth
meRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const me = await prisma.user.findUnique({
    where: { id: req.user!.id },
    select: { id: true, email: true, name: true, role: true, organizationId: true },
  });
  res.json(me);
});

// expect: missing-input-validation
meRouter.patch('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const me = await prisma.user.update({ where: { id: req.user!.id }, data: req.body });
  res.json({ id: me.id, name: me.name, email: me.email });
});

// expect: missing-rate-limit
meRouter.put('/avatar', avatarUpload.single('avatar'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'avatar is required' });
  // ok: unscoped-tenant-query
  await prisma.user.update({ where: { id: req.user!.id }, data: { avatarPath: req.file.path } });
  res.sendStatus(204);
});
