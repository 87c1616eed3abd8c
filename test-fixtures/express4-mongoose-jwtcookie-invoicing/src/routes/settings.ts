import { Router } from 'express';
import { z } from 'zod';
import { logoUpload } from '../middleware/upload';
import { requireRole } from '../middleware/auth';
import { Organization } from '../models/Organization';

export const settingsRouter = Router();

// ok: missing-auth
settingsRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const org = await Organization.findById(req.user!.orgId);
  res.json(org);
});

// ok: missing-auth, missing-input-validation
settingsRouter.put('/', requireRole('owner', 'admin'), async (req, res) => {
  const data = z.object({ name: z.string().min(1).max(120), billingEmail: z.string().email() }).parse(req.body);
  // ok: unscoped-tenant-query
  const org = await Organization.findByIdAndUpdate(req.user!.orgId, { $set: data }, { new: true });
  res.json(org);
});

// expect: missing-rate-limit
settingsRouter.post('/logo', (req, res) => {
  logoUpload.single('logo')(req, res, (err) => {
    // expect: error-details-leak
    if (err) return res.status(500).json({ error: 'upload failed', reason: err.message });
    if (!req.file) return res.status(400).json({ error: 'logo required' });
    res.json({ size: req.file.size });
  });
});
