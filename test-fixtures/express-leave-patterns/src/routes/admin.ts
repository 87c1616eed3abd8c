import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { withCompany } from '../lib/withCompany';
import { asyncHandler, authorize } from '../middleware/auth';
import { adminUsersRouter } from './adminUsers';

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const auditQuerySchema = z.object({
  actorId: z.string().cuid().optional(),
  targetId: z.string().cuid().optional(),
  before: z.coerce.date().optional(),
  take: z.coerce.number().int().min(1).max(200).default(50),
});

const companySettingsSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    timezone: z.string().refine(isValidTimeZone, 'unknown time zone'),
  })
  .partial()
  .strict();

/** Mounted at /api/admin. Everything here is already authenticated by the global middleware. */
export const adminRouter = Router();

// User management is shared with managers, so it is mounted ahead of the admin-only gate.
adminRouter.use('/users', adminUsersRouter);

// Payroll export of all leave in the company.
// expect: missing-role-check
// expect: missing-rate-limit
adminRouter.get('/leave/export', asyncHandler(async (req, res) => {
  const rows = await prisma.leaveRequest.findMany({
    where: { companyId: req.user!.companyId },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { startDate: 'asc' },
  });
  res.setHeader('Content-Disposition', 'attachment; filename="leave-export.json"');
  return res.json(rows);
}));

adminRouter.use(authorize('admin'));

// ok: missing-role-check
adminRouter.get('/audit', asyncHandler(async (req, res) => {
  const query = auditQuerySchema.safeParse(req.query);
  if (!query.success) return res.status(400).json({ error: query.error.flatten() });

  const { actorId, targetId, before, take } = query.data;
  // ok: unscoped-tenant-query
  const events = await prisma.auditEvent.findMany({
    where: { companyId: req.user!.companyId, actorId, targetId, createdAt: before ? { lt: before } : undefined },
    orderBy: { createdAt: 'desc' },
    take,
  });
  return res.json(events);
}));

// ok: missing-role-check
adminRouter.get('/audit/users/:userId', asyncHandler(async (req, res) => {
  // expect: unscoped-tenant-query
  const events = await prisma.auditEvent.findMany({
    where: { actorId: req.params.userId },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  return res.json(events);
}));

adminRouter
  .route('/company')
  // ok: missing-role-check
  .get(withCompany((_req, res, company) => res.json(company)))
  // ok: missing-role-check
  .patch(withCompany(async (req, res, company) => {
    const body = companySettingsSchema.safeParse(req.body);
    if (!body.success) return res.status(400).json({ error: body.error.flatten() });

    const updated = await prisma.company.update({ where: { id: company.id }, data: body.data });
    await prisma.auditEvent.create({
      data: {
        companyId: company.id,
        actorId: req.user!.id,
        action: 'company.updated',
        targetType: 'Company',
        targetId: company.id,
        metadata: { fields: Object.keys(body.data) },
      },
    });
    return res.json(updated);
  }));
