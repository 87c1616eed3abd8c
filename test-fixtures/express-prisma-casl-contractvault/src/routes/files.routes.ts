import { Router } from 'express';
import multer from 'multer';
import type { User } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { uploadLimiter } from '../middleware/limiters';
import { defineAbilityFor, subject } from '../auth/abilities';

const router = Router();

// expect: unrestricted-upload
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });

async function putObject(key: string, body: Buffer, contentType: string) {
  // storage client elided: uploads go to the documents bucket
  return { key, size: body.length, contentType };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/contracts/:id/document', uploadLimiter, upload.single('document'), async (req, res) => {
  const user = req.user as User;
  // ok: unscoped-tenant-query
  const contract = await prisma.contract.findUnique({ where: { id: req.params.id } });
  if (!contract || defineAbilityFor(user).cannot('update', subject('Contract', contract))) return res.sendStatus(404);
  if (!req.file) return res.status(400).json({ error: 'document is required' });
  const stored = await putObject(`contracts/${contract.id}/${Date.now()}.pdf`, req.file.buffer, req.file.mimetype);
  // ok: unscoped-tenant-query
  await prisma.contract.update({ where: { id: contract.id }, data: { fileKey: stored.key } });
  res.status(201).json(stored);
});

export default router;
