import { Elysia } from 'elysia';
import { prisma } from '../lib/db';
import { requireUser } from '../plugins/auth';

// platform operators only
export const adminModule = new Elysia({ prefix: '/admin' })
  .use(requireUser)
  .onBeforeHandle(({ user, set }) => {
    if (user?.role !== 'platform_admin') {
      set.status = 403;
      return { error: 'forbidden' };
    }
  })
  // ok: missing-role-check
  .get('/businesses', () =>
    // ok: unscoped-tenant-query
    prisma.business.findMany({ include: { _count: { select: { bookings: true, users: true } } } }),
  )
  // ok: missing-role-check
  .delete('/users/:id', async ({ params }) => {
    // ok: unscoped-tenant-query
    await prisma.user.delete({ where: { id: params.id } });
    return { deleted: true };
  });

// support tooling, mounted separately so support staff can reach it from the help desk
export const supportModule = new Elysia({ prefix: '/admin/support' })
  .use(requireUser)
  // expect: missing-role-check
  .post('/impersonate/:userId', async ({ params, jwt }) => {
    // expect: unscoped-tenant-query
    const target = await prisma.user.findUnique({ where: { id: params.userId } });
    if (!target) return { error: 'not found' };
    return { token: await jwt.sign({ sub: target.id, businessId: target.businessId, role: target.role }) };
  });
