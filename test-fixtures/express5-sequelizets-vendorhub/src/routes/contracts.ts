import { Router } from 'express';
import multer from 'multer';
import path from 'node:path';
import { body } from 'express-validator';
import { Contract, Vendor, type User } from '../models/index.js';
import { currentOrgId } from '../middleware/auth.js';
import { handleValidation } from '../middleware/validate.js';
import { exportLimiter } from '../middleware/limits.js';

export const contractsRouter = Router();

// expect: unrestricted-upload
const upload = multer({ dest: path.join(process.cwd(), 'uploads') });

// ok: unrestricted-upload
const pdfUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 10 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, file.mimetype === 'application/pdf'),
});

// ok: missing-input-validation, unscoped-tenant-query
contractsRouter.post(
  '/',
  body('vendorId').isUUID(),
  body('title').isString().isLength({ min: 1, max: 200 }),
  body('valueCents').isInt({ min: 0 }),
  handleValidation,
  async (req, res) => {
    const orgId = currentOrgId(req);
    // ok: unscoped-tenant-query
    const vendor = await Vendor.findOne({ where: { id: req.body.vendorId, organizationId: orgId } });
    if (!vendor) return res.status(422).json({ error: 'unknown vendor' });
    const contract = await Contract.create({ organizationId: orgId, vendorId: vendor.id, title: req.body.title, valueCents: req.body.valueCents });
    res.status(201).json(contract);
  },
);

// ok: missing-rate-limit
contractsRouter.get('/export.csv', exportLimiter, async (req, res) => {
  const user = req.user as User;
  // ok: unscoped-tenant-query
  const rows = await Contract.findAll({ where: { organizationId: user.organizationId }, include: [Vendor] });
  res.type('text/csv').send(rows.map((c) => `${c.id},${c.title},${c.valueCents}`).join('\n'));
});

contractsRouter.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const contract = await Contract.findOne({ where: { id: req.params.id }, include: [Vendor] });
  if (!contract) return res.status(404).json({ error: 'not found' });
  res.json(contract);
});

// expect: missing-rate-limit
contractsRouter.post('/:id/attachment', upload.single('file'), async (req, res) => {
  // ok: unscoped-tenant-query
  const contract = await Contract.findOne({ where: { id: req.params.id, organizationId: currentOrgId(req) } });
  if (!contract || !req.file) return res.status(400).json({ error: 'missing file' });
  contract.fileKey = req.file.filename;
  await contract.save();
  res.json({ fileKey: contract.fileKey });
});

// ok: missing-rate-limit
contractsRouter.post('/:id/signed-copy', exportLimiter, pdfUpload.single('pdf'), async (req, res) => {
  // ok: unscoped-tenant-query
  const contract = await Contract.findOne({ where: { id: req.params.id, organizationId: currentOrgId(req) } });
  if (!contract || !req.file) return res.status(400).json({ error: 'missing file' });
  contract.fileKey = `signed/${contract.id}.pdf`;
  await contract.save();
  res.json({ ok: true });
});
