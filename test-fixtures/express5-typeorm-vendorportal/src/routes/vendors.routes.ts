import { Router } from 'express';
import { requireJwt, requireRole } from '../middleware/auth.js';
import { AppDataSource } from '../db/data-source.js';
import { Vendor } from '../db/entities/Vendor.js';
import {
  approveVendor,
  createVendor,
  deleteVendor,
  getVendor,
  listVendors,
  updateVendor,
} from '../controllers/vendors.controller.js';

export const vendorsRouter = Router();

vendorsRouter.use(requireJwt);

// ok: missing-auth
vendorsRouter.get('/', listVendors);
// ok: missing-auth
vendorsRouter.get('/:id', getVendor);
// ok: missing-auth, missing-input-validation
vendorsRouter.post('/', requireRole('owner', 'admin', 'buyer'), createVendor);
// expect: missing-input-validation
vendorsRouter.patch('/:id', updateVendor);
vendorsRouter.post('/:id/approve', requireRole('owner', 'admin'), approveVendor);
vendorsRouter.delete('/:id', requireRole('owner', 'admin'), deleteVendor);

// compliance blocks a vendor across the organization
vendorsRouter.post('/:id/block', requireRole('owner', 'admin'), async (req, res) => {
  // expect: unscoped-tenant-query
  await AppDataSource.createQueryBuilder()
    .update(Vendor)
    .set({ status: 'blocked' })
    .where('id = :id', { id: req.params.id })
    .execute();
  res.status(204).end();
});

vendorsRouter
  .route('/:id/bank-details')
  // ok: missing-auth
  .get(async (req, res) => {
    // ok: unscoped-tenant-query
    const vendor = await AppDataSource.getRepository(Vendor).findOne({
      where: { id: req.params.id, organizationId: req.user!.orgId },
      select: { id: true, iban: true, taxId: true },
    });
    if (!vendor) return res.status(404).json({ error: 'not found' });
    res.json(vendor);
  })
  // expect: missing-input-validation
  .put(requireRole('owner', 'admin'), async (req, res) => {
    // ok: unscoped-tenant-query
    const result = await AppDataSource.getRepository(Vendor).update(
      { id: req.params.id, organizationId: req.user!.orgId },
      { iban: req.body.iban, taxId: req.body.taxId },
    );
    res.status(result.affected ? 204 : 404).end();
  });
