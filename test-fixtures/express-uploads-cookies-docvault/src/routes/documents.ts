import { Router } from 'express';
import multer from 'multer';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { z } from 'zod';
import { Document } from '../models/Document.js';
import { requireAuth } from '../middleware/auth.js';
import { uploadLimiter } from '../lib/limits.js';
import { config } from '../config.js';

const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

// Legacy uploader: keeps the client's file name on disk.
const legacyStorage = multer.diskStorage({
  destination: config.uploadDir,
  filename: (_req, file, cb) => cb(null, file.originalname),
});
// expect: unrestricted-upload
const legacyUpload = multer({ storage: legacyStorage });

const safeStorage = multer.diskStorage({
  destination: config.uploadDir,
  filename: (_req, file, cb) => cb(null, `${nanoid()}${path.extname(file.originalname).toLowerCase()}`),
});
// ok: unrestricted-upload
const upload = multer({
  storage: safeStorage,
  limits: { fileSize: 10 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED_TYPES.includes(file.mimetype)),
});

// size-capped, but any type goes through
// expect: unrestricted-upload
const avatarUpload = multer({ dest: path.join(config.uploadDir, 'avatars'), limits: { fileSize: 2 * 1024 * 1024 } });

const meta = z.object({ title: z.string().min(1).max(200), tags: z.array(z.string()).max(10).default([]) });

export const documentsRouter = Router();
documentsRouter.use(requireAuth);

// ok: missing-auth, unscoped-tenant-query
documentsRouter.get('/', async (req, res) => {
  const docs = await Document.find({ orgId: req.user!.orgId }).sort({ createdAt: -1 }).limit(100);
  res.json(docs);
});

// ok: missing-rate-limit, missing-input-validation
documentsRouter.post('/', uploadLimiter, upload.single('file'), async (req, res) => {
  const { title, tags } = meta.parse(req.body);
  const doc = await Document.create({
    orgId: req.user!.orgId,
    uploadedBy: req.user!.sub,
    title,
    tags,
    storedName: req.file!.filename,
    originalName: req.file!.originalname,
    mimeType: req.file!.mimetype,
    size: req.file!.size,
  });
  res.status(201).json(doc);
});

// expect: missing-rate-limit, missing-input-validation
documentsRouter.post('/legacy', legacyUpload.single('file'), async (req, res) => {
  const doc = await Document.create({
    orgId: req.user!.orgId,
    uploadedBy: req.user!.sub,
    title: req.body.title,
    storedName: req.file!.filename,
  });
  res.status(201).json(doc);
});

// ok: missing-rate-limit
documentsRouter.put('/avatar', uploadLimiter, avatarUpload.single('avatar'), async (req, res) => {
  res.json({ path: req.file?.path });
});

documentsRouter.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const doc = await Document.findById(req.params.id);
  if (!doc) return res.status(404).json({ error: 'Not found' });
  res.json(doc);
});

// ok: missing-role-check
documentsRouter.delete('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const doc = await Document.findOneAndDelete({ _id: req.params.id, orgId: req.user!.orgId });
  if (!doc) return res.status(404).json({ error: 'Not found' });
  res.status(204).end();
});
