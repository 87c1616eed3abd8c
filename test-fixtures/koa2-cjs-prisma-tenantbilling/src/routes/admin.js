'use strict';

const Router = require('@koa/router');
const prisma = require('../lib/prisma');
const schemas = require('../validation/schemas');
const { requireRole } = require('../middleware/auth');

// mounted at /api/admin behind requireAuth: the organization's own administration
const router = new Router();

// ok: missing-role-check
router.get('/users', requireRole('admin', 'owner'), async (ctx) => {
  ctx.body = await prisma.user.findMany({
    where: { orgId: ctx.state.user.orgId },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
});

// ok: missing-role-check, missing-input-validation
router.patch('/users/:userId/role', requireRole('admin', 'owner'), async (ctx) => {
  const { role } = await schemas.changeRole.validateAsync(ctx.request.body);
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.updateMany({
    where: { id: ctx.params.userId, orgId: ctx.state.user.orgId },
    data: { role },
  });
  if (!count) ctx.throw(404, 'User not found');
  await prisma.auditLog.create({
    data: { orgId: ctx.state.user.orgId, actorId: ctx.state.user.id, action: 'user.role_changed', detail: { userId: ctx.params.userId, role } },
  });
  ctx.status = 204;
});

// expect: missing-role-check
router.delete('/users/:userId', async (ctx) => {
  if (ctx.params.userId === ctx.state.user.id) ctx.throw(400, 'You cannot remove yourself');
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.deleteMany({
    where: { id: ctx.params.userId, orgId: ctx.state.user.orgId },
  });
  if (!count) ctx.throw(404, 'User not found');
  ctx.status = 204;
});

// ok: missing-role-check
router.post('/invoices/:id/write-off', async (ctx) => {
  ctx.assert(['admin', 'owner'].includes(ctx.state.user.role), 403, 'Only administrators can write off invoices');
  // ok: unscoped-tenant-query
  const { count } = await prisma.invoice.updateMany({
    where: { id: ctx.params.id, orgId: ctx.state.user.orgId, status: { in: ['open', 'overdue'] } },
    data: { status: 'written_off' },
  });
  if (!count) ctx.throw(404, 'Invoice not found');
  ctx.status = 204;
});

router.get('/audit-log', requireRole('admin', 'owner'), async (ctx) => {
  ctx.body = await prisma.auditLog.findMany({
    where: { orgId: ctx.state.user.orgId },
    orderBy: { createdAt: 'desc' },
    take: Math.min(Number(ctx.query.limit) || 50, 500),
  });
});

module.exports = router;
