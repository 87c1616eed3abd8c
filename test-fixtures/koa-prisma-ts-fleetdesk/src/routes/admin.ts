import Router from '@koa/router';
import { prisma } from '../lib/prisma';
import { currentUser, requireRole } from '../middleware/auth';
import bcrypt from 'bcryptjs';
import { validate, roleSchema, createUserSchema } from '../validation/schemas';

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

// ok: missing-role-check
adminRouter.post('/users', validate(createUserSchema), async (ctx) => {
  try {
    ctx.status = 201;
    ctx.body = await prisma.user.create({
      data: { ...ctx.state.body, passwordHash: await bcrypt.hash(ctx.state.body.password, 12), password: undefined, companyId: currentUser(ctx).companyId },
      select: { id: true, email: true, role: true },
    });
  } catch (err: any) {
    if (err.code === 'P2002') {
      ctx.status = 409;
      // ok: error-details-leak
      ctx.body = { error: err.message };
      return;
    }
    ctx.status = 500;
    // expect: error-details-leak
    ctx.body = { error: err.message, code: err.code };
  }
});

// mounted at /api/admin/billing: forgot the role gate
export const billingRouter = new Router();

// expect: missing-role-check
// ok: unscoped-tenant-query
billingRouter.get('/invoices', async (ctx) => {
  ctx.body = await prisma.invoice.findMany({ where: { companyId: currentUser(ctx).companyId } });
});
