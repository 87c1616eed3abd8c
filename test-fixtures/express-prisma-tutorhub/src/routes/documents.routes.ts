import path from 'node:path';
import { Router } from 'express';
import multer from 'multer';
import { prisma } from '../lib/prisma';
import { uploadLimiter } from '../middleware/rateLimits';

const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

// ok: unrestricted-upload
const upload = multer({
  storage: multer.diskStorage({ destination: 'storage/documents' }),
  limits: { fileSize: 10 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED_TYPES.includes(file.mimetype)),
});

export const documentsRouter = Router();

// ok: missing-auth
documentsRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const docs = await prisma.document.findMany({ where: { organizationId: req.user!.organizationId } });
  res.json(docs);
});

// ok: missing-rate-limit, unrestricted-upload, missing-input-validation
documentsRouter.post('/', uploadLimiter, upload.single('file'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file is required' });
  const doc = await prisma.document.create({
    data: {
      organizationId: req.user!.organizationId,
      uploadedById: req.user!.id,
      fileName: path.basename(req.file.originalname),
      storageKey: req.file.filename,
      mimeType: req.file.mimetype,
    },
  });
  res.status(201).json(doc);
});

documentsRouter.get('/:id/download', async (req, res) => {
  // expect: unscoped-tenant-query
  const doc = await prisma.document.findUnique({ where: { id: req.params.id } });
  if (!doc) return res.sendStatus(404);
  res.download(path.join('storage/documents', doc.storageKey), doc.fileName);
});
