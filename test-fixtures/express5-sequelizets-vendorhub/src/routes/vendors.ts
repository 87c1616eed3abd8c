import { Router } from 'express';
import { body, param, query } from 'express-validator';
import { Op } from 'sequelize';
import { Vendor, Contract, type User } from '../models/index.js';
import { requireAuth, requireRole, currentOrgId } from '../middleware/auth.js';
import { handleValidation } from '../middleware/validate.js';
import { vendorService } from '../services/vendorService.js';
import { Role } from '../models/index.js';

export const vendorsRouter = Router();

vendorsRouter.use(requireAuth);

// ok: missing-auth, unscoped-tenant-query
vendorsRouter.get('/', query('q').optional().isString(), handleValidation, async (req, res) => {
  const where: Record<string, unknown> = { organizationId: currentOrgId(req) };
  if (typeof req.query.q === 'string') where.name = { [Op.iLike]: `%${req.query.q}%` };
  // ok: unscoped-tenant-query
  const vendors = await Vendor.findAll({ where, limit: 100 });
  res.json(vendors);
});

vendorsRouter.get('/lookup/:key', async (req, res) => {
  // ok: unscoped-tenant-query
  const vendor = await Vendor.findOne({ where: { [Op.or]: [{ id: req.params.key }, { taxId: req.params.key }], organizationId: currentOrgId(req) } });
  res.json(vendor);
});

vendorsRouter.get('/shared-contracts', async (req, res) => {
  // expect: unscoped-tenant-query
  const contracts = await Contract.findAll({ where: { [Op.or]: [{ organizationId: currentOrgId(req) }, { vendorId: req.query.vendorId as string }] } });
  res.json(contracts);
});

vendorsRouter.get('/:vendorId', param('vendorId').isUUID(), handleValidation, async (req, res) => {
  // ok: unscoped-tenant-query
  const vendor = await vendorService.findInOrg(req.params.vendorId, currentOrgId(req));
  if (!vendor) return res.status(404).json({ error: 'not found' });
  res.json(vendor);
});

vendorsRouter.get('/:vendorId/summary', async (req, res) => {
  const vendor = await vendorService.findById(req.params.vendorId);
  res.json({ id: vendor?.id, name: vendor?.name, contracts: vendor?.contracts.length ?? 0 });
});

// ok: missing-input-validation
vendorsRouter.post(
  '/',
  body('name').isString().trim().isLength({ min: 1, max: 200 }),
  body('taxId').optional().matches(/^[A-Z0-9-]{4,20}$/),
  handleValidation,
  async (req, res) => {
    const vendor = await Vendor.create({
      organizationId: currentOrgId(req),
      name: req.body.name,
      taxId: req.body.taxId,
      status: 'pending',
    });
    res.status(201).json(vendor);
  },
);

// expect: missing-input-validation
vendorsRouter.patch('/:vendorId', async (req, res) => {
  // ok: unscoped-tenant-query
  const vendor = await Vendor.findOne({ where: { id: req.params.vendorId, organizationId: currentOrgId(req) } });
  if (!vendor) return res.status(404).json({ error: 'not found' });
  vendor.set(req.body);
  await vendor.save();
  res.json(vendor);
});

vendorsRouter.post('/:vendorId/approve', requireRole(Role.Owner, Role.Admin), async (req, res) => {
  // ok: unscoped-tenant-query
  const vendor = await Vendor.findByPk(req.params.vendorId);
  if (!vendor || vendor.organizationId !== (req.user as User).organizationId) {
    return res.status(404).json({ error: 'not found' });
  }
  vendor.status = 'approved';
  await vendor.save();
  res.json(vendor);
});

vendorsRouter.delete('/:vendorId', requireRole(Role.Owner), async (req, res) => {
  // expect: unscoped-tenant-query
  const deleted = await Vendor.destroy({ where: { id: req.params.vendorId } });
  res.status(deleted ? 204 : 404).end();
});

vendorsRouter.get('/:vendorId/contracts', async (req, res) => {
  // ok: unscoped-tenant-query
  const contracts = await Contract.findAll({
    where: { vendorId: req.params.vendorId, organizationId: currentOrgId(req) },
    order: [['createdAt', 'DESC']],
  });
  res.json(contracts);
});
