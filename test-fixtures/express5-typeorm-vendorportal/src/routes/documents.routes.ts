import path from 'node:path';
import crypto from 'node:crypto';
import { Router } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { AppDataSource, documents } from '../db/data-source.js';
import { requireJwt } from '../middleware/auth.js';
import { uploadLimiter } from '../middleware/rateLimits.js';
import { findOrgVendor } from '../services/orgScope.js';

const storage = multer.diskStorage({
  destination: 'uploads/',
  filename: (_req, file, cb) => cb(null, `${crypto.randomUUID()}${path.extname(file.originalname)}`),
});

const ALLOWED = new Set(['application/pdf', 'image/png', 'image/jpeg']);

// ok: unrestricted-upload
const complianceUpload = multer({
  storage,
  limits: { fileSize: 8 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED.has(file.mimetype)),
});

// bulk catalogue import from the vendor's ERP export
// expect: unrestricted-upload
const catalogueUpload = multer({ dest: 'uploads/catalogues' });

const DocumentMeta = z.object({ vendorId: z.string().uuid(), kind: z.enum(['w9', 'insurance', 'contract']) });

export const documentsRouter = Router();
documentsRouter.use(requireJwt);

// ok: missing-rate-limit, missing-input-validation, missing-auth
documentsRouter.post('/compliance', uploadLimiter, complianceUpload.single('file'), async (req, res) => {
  const meta = DocumentMeta.parse(req.body);
  const vendor = await findOrgVendor(req.user!.orgId, meta.vendorId);
  if (!vendor || !req.file) return res.status(422).json({ error: 'vendor or file missing' });
  const doc = documents().create({
    organizationId: req.user!.orgId,
    vendor,
    kind: meta.kind,
    storagePath: req.file.path,
  });
  res.status(201).json(await documents().save(doc));
});

// expect: missing-rate-limit
documentsRouter.post('/catalogues', catalogueUpload.array('files', 20), async (req, res) => {
  const files = (req.files as Express.Multer.File[]) ?? [];
  res.status(202).json({ queued: files.map((f) => f.filename) });
});

documentsRouter.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const doc = await documents().findOne({ where: { id: req.params.id, organizationId: req.user!.orgId } });
  if (!doc) return res.status(404).json({ error: 'not found' });
  res.sendFile(path.resolve(doc.storagePath));
});

documentsRouter.get('/by-vendor/:vendorId', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await documents().find({ where: { vendor: { id: req.params.vendorId, organizationId: req.user!.orgId } } });
  res.json(rows);
});

documentsRouter.delete('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const doc = await documents().findOneByOrFail({ id: req.params.id });
  await documents().remove(doc);
  res.status(204).end();
});

documentsRouter.get('/:id/audit', async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await AppDataSource.manager.query('SELECT kind, signature_status, uploaded_at FROM vendor_documents WHERE id = $1', [req.params.id]);
  res.json(rows);
});
