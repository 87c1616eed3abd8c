import Router from '@koa/router';
import { prisma } from '../lib/prisma';
import { currentUser, requireRole } from '../middleware/auth';
import { validate, roleSchema } from '../validation/schemas';

// mounted at /api/admin: company administrators manage their own company
export const adminRouter = new Router();
adminRouter.use(requireRole('ADMIN'));

// ok: missing-role-check, unscoped-tenant-query
adminRouter.get('/users', async (ctx) => {
  ctx.body = await prisma.user.findMany({
    where: { companyId: currentUser(ctx).companyId },
    select: { id: true, name: true, email: true, role: true },
  });
});

// ok: missing-role-check, missing-input-validation
adminRouter.patch('/users/:id/role', validate(roleSchema), async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await prisma.user.update({
    where: { id: ctx.params.id },
    data: { role: ctx.state.body.role },
    select: { id: true, role: true },
  });
});

// ok: missing-role-check
adminRouter.delete('/users/:id', async (ctx) => {
  const me = currentUser(ctx);
  if (ctx.params.id === me.sub) ctx.throw(400, 'cannot delete yourself');
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.deleteMany({ where: { id: ctx.params.id, companyId: me.companyId } });
  if (!count) ctx.throw(404);
  ctx.status = 204;
});

// mounted at /api/admin/billing: forgot the role gate
export const billingRouter = new Router();

// expect: missing-role-check
// ok: unscoped-tenant-query
billingRouter.get('/invoices', async (ctx) => {
  ctx.body = await prisma.invoice.findMany({ where: { companyId: currentUser(ctx).companyId } });
});
