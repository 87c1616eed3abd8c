import { Router } from 'express';
import multer from 'multer';
import path from 'path';
import { z } from 'zod';
import { one, pool } from '../lib/db';

export const leasesRouter = Router();

// expect: unrestricted-upload
const upload = multer({ dest: 'uploads/' });

const safeUpload = multer({
  dest: 'uploads/',
  limits: { fileSize: 10 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, ['.pdf', '.png', '.jpg'].includes(path.extname(file.originalname).toLowerCase())),
});

leasesRouter.get('/:leaseId', async (req, res) => {
  const lease = await one<{ id: number; agency_id: number }>('SELECT * FROM leases WHERE id = ?', [req.params.leaseId]);
  if (!lease || lease.agency_id !== req.user!.agencyId) return res.status(404).json({ error: 'not found' });
  res.json(lease);
});

// expect: missing-rate-limit
leasesRouter.post('/:leaseId/documents', safeUpload.single('file'), async (req, res) => {
  // ok: unscoped-tenant-query
  const lease = await one('SELECT id FROM leases WHERE id = ? AND agency_id = ?', [req.params.leaseId, req.user!.agencyId]);
  if (!lease) return res.status(404).json({ error: 'not found' });
  await pool.execute('INSERT INTO documents (agency_id, lease_id, filename, storage_key) VALUES (?, ?, ?, ?)', [req.user!.agencyId, req.params.leaseId, req.file!.originalname, req.file!.filename]);
  res.status(201).json({ ok: true });
});

// expect: missing-rate-limit
leasesRouter.post('/:leaseId/photos', upload.array('photos'), async (req, res) => {
  // ok: unscoped-tenant-query
  const lease = await one('SELECT id FROM leases WHERE id = ? AND agency_id = ?', [req.params.leaseId, req.user!.agencyId]);
  if (!lease) return res.status(404).json({ error: 'not found' });
  res.status(201).json({ count: (req.files as unknown[]).length });
});

leasesRouter.get('/:leaseId/renter', async (req, res) => {
  // expect: unscoped-tenant-query
  const lease = await one<{ renter_email: string }>('SELECT renter_email FROM leases WHERE id = ?', [req.params.leaseId]);
  res.json({ email: lease?.renter_email ?? null });
});

const renewal = z.object({ endsOn: z.string().date() });

leasesRouter.post('/:leaseId/renew', async (req, res) => {
  const { endsOn } = renewal.parse(req.body);
  // expect: unscoped-tenant-query
  await pool.query('UPDATE leases SET ends_on = ? WHERE id = ?', [endsOn, req.params.leaseId]);
  res.json({ ok: true });
});
