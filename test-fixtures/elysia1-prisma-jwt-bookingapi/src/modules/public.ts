import { Elysia } from 'elysia';
import { prisma } from '../lib/db';

export const publicModule = new Elysia()
  // ok: missing-auth
  .get('/health', async () => {
    await prisma.$queryRaw`SELECT 1`;
    return { ok: true };
  })
  // known gap: a business's bookable services (`active: true`) found by its public slug are its public catalogue, but only
  // published/public/listed/live flags mark public rows (`active` also describes users and subscriptions), so this is reported
  // expect: missing-auth
  .get('/b/:slug/services', async ({ params, set }) => {
    const business = await prisma.business.findUnique({ where: { slug: params.slug }, select: { id: true, name: true } });
    if (!business) {
      set.status = 404;
      return { error: 'not found' };
    }
    // ok: unscoped-tenant-query
    const services = await prisma.service.findMany({
      where: { businessId: business.id, active: true },
      select: { id: true, name: true, durationMin: true, priceCents: true },
    });
    return { business: business.name, services };
  });
