import { Router } from 'express';
import multer from 'multer';
import path from 'node:path';
import { getAuth } from '@clerk/express';
import { prisma } from '../lib/prisma.js';

// mounted behind requireAuth()
export const attachmentsRouter = Router();

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

// ok: unrestricted-upload
const imageUpload = multer({
  dest: path.resolve('uploads/images'),
  limits: { fileSize: 5 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, IMAGE_TYPES.has(file.mimetype)),
});

// expect: unrestricted-upload
const importUpload = multer({ dest: path.resolve('uploads/imports') });

// expect: missing-rate-limit
attachmentsRouter.post('/notes/:noteId/images', imageUpload.single('image'), async (req, res) => {
  const { orgId } = getAuth(req);
  // ok: unscoped-tenant-query
  const note = await prisma.note.findFirst({ where: { id: req.params.noteId, orgId: orgId! } });
  if (!note || !req.file) return res.status(400).json({ error: 'bad request' });
  res.status(201).json({ path: `/files/${req.file.filename}` });
});

// expect: missing-rate-limit
attachmentsRouter.post('/import', importUpload.single('archive'), async (req, res) => {
  const { orgId, userId } = getAuth(req);
  if (!req.file) return res.status(400).json({ error: 'file required' });
  const folder = await prisma.folder.create({ data: { orgId: orgId!, name: `Import ${new Date().toISOString().slice(0, 10)}` } });
  res.status(202).json({ folderId: folder.id, queuedBy: userId });
});
