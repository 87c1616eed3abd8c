import { Router } from 'express';
import { fn, col } from 'sequelize';
import { Contract, Vendor } from '../models/index.js';

export const reportsRouter = Router();

// ok: missing-auth
reportsRouter.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

// expect: missing-auth
reportsRouter.get('/spend-by-vendor', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Contract.findAll({
    where: { organizationId: req.query.organizationId as string },
    attributes: ['vendorId', [fn('SUM', col('valueCents')), 'total']],
    group: ['vendorId'],
    include: [Vendor],
  });
  res.json(rows);
});
