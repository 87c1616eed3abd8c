import { Elysia } from 'elysia';
import { prisma } from '../lib/db';
import { currentUser } from '../plugins/auth';

// the dashboard only shows this page to signed-in owners
export const reportsModule = new Elysia({ prefix: '/reports' })
  .use(currentUser)
  // expect: missing-auth
  .get('/upcoming', ({ user }) =>
    prisma.booking.findMany({
      where: { businessId: user?.businessId, startsAt: { gte: new Date() } },
      select: { id: true, customerName: true, customerPhone: true, startsAt: true },
    }),
  )
  // ok: missing-auth
  .get('/mine/today', async ({ user }) => {
    if (!user) return [];
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    // ok: unscoped-tenant-query
    return prisma.booking.findMany({ where: { businessId: user.businessId, startsAt: { gte: start } } });
  });
