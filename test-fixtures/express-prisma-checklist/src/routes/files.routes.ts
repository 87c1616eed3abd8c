import { Router } from 'express';
import multer from 'multer';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { config } from '../config';
import { prisma } from '../lib/prisma';
import { requireAuth, requireDownloadAuth } from '../middleware/auth';
import { HttpError } from '../middleware/errorHandler';
import { uploadLimiter } from '../middleware/rateLimit';

const router = Router();

const DOCUMENT_EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};

// ok: unrestricted-upload
const documentUpload = multer({
  storage: multer.diskStorage({
    destination: path.join(config.uploadDir, 'documents'),
    filename: (_req, file, cb) => cb(null, `${crypto.randomUUID()}${DOCUMENT_EXTENSIONS[file.mimetype] ?? ''}`),
  }),
  limits: { fileSize: 25 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => {
    if (file.mimetype in DOCUMENT_EXTENSIONS) cb(null, true);
    else cb(new HttpError(400, 'Unsupported file type'));
  },
});

const uploadMetaSchema = z.object({
  clientId: z.string().cuid().optional(),
});

// ok: missing-auth
router.get('/', requireAuth, async (req, res) => {
  const clientId = z.string().cuid().optional().parse(req.query.clientId);
  // ok: unscoped-tenant-query
  const files = await prisma.file.findMany({ where: { agencyId: req.user!.agencyId, ...(clientId && { clientId }) }, orderBy: { createdAt: 'desc' } });
  res.json(files);
});

// ok: missing-rate-limit
// ok: missing-input-validation
router.post('/', requireAuth, uploadLimiter, documentUpload.single('file'), async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'No file uploaded' });
  }
  const upload = req.file;

  try {
    const { clientId } = uploadMetaSchema.parse(req.body);
    if (clientId) {
      const client = await prisma.client.findFirst({ where: { id: clientId, agencyId: req.user!.agencyId } });
      if (!client) {
        await fs.unlink(upload.path).catch(() => undefined);
        return res.status(400).json({ error: 'Unknown client' });
      }
    }

    const file = await prisma.file.create({
      data: {
        agencyId: req.user!.agencyId,
        clientId,
        uploadedById: req.user!.id,
        originalName: upload.originalname,
        mimeType: upload.mimetype,
        sizeBytes: upload.size,
        storagePath: upload.path,
      },
    });
    return res.status(201).json(file);
  } catch (err: any) {
    await fs.unlink(upload.path).catch(() => undefined);
    // expect: error-details-leak
    return res.status(500).send(err);
  }
});

router.get('/:id', requireAuth, async (req, res) => {
  // ok: unscoped-tenant-query
  const file = await prisma.file.findUnique({ where: { id: req.params.id } });
  if (!file || file.agencyId !== req.user!.agencyId) {
    return res.status(404).json({ error: 'File not found' });
  }
  return res.json(file);
});

router.get('/:id/download', requireDownloadAuth, async (req, res) => {
  // (agencyId comes from the claims requireDownloadAuth decoded without verifying: the client's pick)
  // expect: unscoped-tenant-query
  const file = await prisma.file.findFirst({ where: { id: req.params.id, agencyId: req.user!.agencyId } });
  if (!file) {
    return res.status(404).json({ error: 'File not found' });
  }
  return res.download(path.resolve(file.storagePath), file.originalName);
});

// Called by the "clean up" button on the shared-files page.
// expect: missing-auth
router.delete('/:id', async (req, res) => {
  const file = await prisma.file.delete({ where: { id: req.params.id } });
  await fs.unlink(file.storagePath).catch(() => undefined);
  res.status(204).end();
});

export default router;
