import { Router } from 'express';
import { z } from 'zod';
import { User, Vendor, Contract, type User as UserRow } from '../models/index.js';
import { requireAuth } from '../middleware/auth.js';
import { validate } from '../middleware/zod.js';

export const orgsRouter = Router({ mergeParams: true });

orgsRouter.use(requireAuth);

const ProfileInput = z.object({ fullName: z.string().min(1).max(120) });

orgsRouter
  .route('/me/profile')
  .get(async (req, res) => {
    // ok: unscoped-tenant-query
    res.json(await User.findByPk((req.user as UserRow).id, { attributes: ['id', 'email', 'fullName', 'role'] }));
  })
  // ok: missing-input-validation
  .put(validate(ProfileInput), async (req, res) => {
    await User.update(req.body, { where: { id: (req.user as UserRow).id } });
    res.sendStatus(204);
  })
  // expect: missing-input-validation
  .patch(async (req, res) => {
    await (req.user as UserRow).update(req.body);
    res.sendStatus(204);
  });

orgsRouter.get('/contracts/:id/raw-error', async (req, res) => {
  try {
    // ok: unscoped-tenant-query
    const contract = await Contract.findOne({ where: { id: req.params.id, organizationId: (req.user as UserRow).organizationId }, rejectOnEmpty: true });
    res.json(contract);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).send(err);
  }
});

orgsRouter.use('/:orgId', (req, res, next) => {
  if ((req.user as UserRow).organizationId !== req.params.orgId) return res.status(404).json({ error: 'not found' });
  next();
});

orgsRouter.get('/:orgId/vendors', async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await Vendor.findAll({ where: { organizationId: req.params.orgId } }));
});
