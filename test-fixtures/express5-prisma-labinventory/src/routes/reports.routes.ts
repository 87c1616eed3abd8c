import { Router } from 'express';
import type { Request, Response } from 'express';
import { prisma } from '../lib/prisma.js';
import { exportLimiter } from '../middleware/rateLimit.js';

export const reportsRouter = Router();
reportsRouter.use(exportLimiter);

// ok: missing-auth, missing-rate-limit
reportsRouter.get('/inventory.csv', async (req: Request, res: Response) => {
  // ok: unscoped-tenant-query
  const reagents = await prisma.reagent.findMany({ where: { organizationId: req.user!.organizationId } });
  res.type('text/csv').send(
    ['name,lot,quantity,unit', ...reagents.map((r) => `${r.name},${r.lotNumber},${r.quantity},${r.unit}`)].join('\n'),
  );
});

// ok: missing-auth
reportsRouter.get('/equipment-usage', async (req: Request, res: Response) => {
  const organizationId = (req.query.organizationId as string | undefined) ?? req.user!.organizationId;
  // expect: unscoped-tenant-query
  const usage = await prisma.booking.groupBy({
    by: ['equipmentId'],
    where: { organizationId },
    _count: { _all: true },
  });
  res.json(usage);
});
