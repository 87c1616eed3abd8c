import Router from '@koa/router';
import { prisma } from '../lib/prisma';

// Mounted under /api/public, which koa-jwt lets through (see app.ts)
export const publicRouter = new Router();

// ok: missing-auth
publicRouter.get('/plans', async (ctx) => {
  ctx.body = [
    { id: 'starter', vehicles: 10, priceCents: 4900 },
    { id: 'fleet', vehicles: 100, priceCents: 24900 },
  ];
});

// a share link a fleet manager sends to a buyer: the token is the capability
// ok: missing-auth, unscoped-tenant-query
publicRouter.get('/share/:token', async (ctx) => {
  const link = await prisma.shareLink.findUnique({
    where: { token: ctx.params.token },
    include: { vehicle: { select: { make: true, model: true, mileage: true } } },
  });
  if (!link || link.expiresAt < new Date()) ctx.throw(404);
  ctx.body = link.vehicle;
});

// a tenant's work orders listed by a vehicle id the client sends: a /public path does not make them public content
// expect: missing-auth
publicRouter.get('/vehicles/:id/service-history', async (ctx) => {
  ctx.body = await prisma.workOrder.findMany({
    where: { vehicleId: ctx.params.id },
    select: { title: true, status: true, costCents: true, createdAt: true },
  });
});
