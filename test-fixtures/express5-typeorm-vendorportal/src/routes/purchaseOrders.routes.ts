import { Router } from 'express';
import { z } from 'zod';
import { purchaseOrders } from '../db/data-source.js';
import { requireJwt, requireRole } from '../middleware/auth.js';
import { findOrgPurchaseOrder, findOrgVendor } from '../services/orgScope.js';

export const purchaseOrdersRouter = Router();
purchaseOrdersRouter.use(requireJwt);

const CreatePo = z.object({
  vendorId: z.string().uuid(),
  reference: z.string().min(1).max(40),
  total: z.coerce.number().positive(),
});

purchaseOrdersRouter.get('/', async (req, res) => {
  const { status, vendorId } = req.query as { status?: string; vendorId?: string };
  // ok: unscoped-tenant-query
  const qb = purchaseOrders()
    .createQueryBuilder('po')
    .leftJoinAndSelect('po.vendor', 'vendor')
    .where('po.organizationId = :orgId', { orgId: req.user!.orgId });
  if (status) qb.andWhere('po.status = :status', { status });
  if (vendorId) qb.andWhere('vendor.id = :vendorId', { vendorId });
  res.json(await qb.orderBy('po.createdAt', 'DESC').take(50).getMany());
});

// finance pulls the whole ledger as CSV at month end
// expect: missing-rate-limit
purchaseOrdersRouter.get('/export.csv', requireRole('owner', 'admin'), async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await purchaseOrders().find({ where: { organizationId: req.user!.orgId }, order: { createdAt: 'ASC' } });
  res.type('text/csv');
  res.send(['reference,vendor,total,status', ...rows.map((r) => `${r.reference},${r.vendor.name},${r.total},${r.status}`)].join('\n'));
});

purchaseOrdersRouter.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const po = await purchaseOrders()
    .createQueryBuilder('po')
    .leftJoinAndSelect('po.vendor', 'vendor')
    .where('po.id = :id', { id: req.params.id })
    .getOne();
  if (!po) return res.status(404).json({ error: 'not found' });
  res.json(po);
});

// ok: missing-input-validation
purchaseOrdersRouter.post('/', requireRole('owner', 'admin', 'buyer'), async (req, res) => {
  const input = CreatePo.parse(req.body);
  const vendor = await findOrgVendor(req.user!.orgId, input.vendorId);
  if (!vendor) return res.status(422).json({ error: 'unknown vendor' });
  const po = purchaseOrders().create({
    reference: input.reference,
    total: input.total.toFixed(2),
    vendor,
    organizationId: req.user!.orgId,
  });
  res.status(201).json(await purchaseOrders().save(po));
});

purchaseOrdersRouter.post('/:id/approve', requireRole('owner', 'admin'), async (req, res) => {
  const po = await findOrgPurchaseOrder(req.user!.orgId, req.params.id);
  if (!po) return res.status(404).json({ error: 'not found' });
  po.status = 'approved';
  po.approvedById = req.user!.id;
  res.json(await purchaseOrders().save(po));
});

// expect: missing-input-validation
purchaseOrdersRouter.put('/:id/status', requireRole('owner', 'admin'), async (req, res) => {
  // expect: unscoped-tenant-query
  await purchaseOrders().update({ id: req.params.id }, { status: req.body.status });
  res.status(204).end();
});
