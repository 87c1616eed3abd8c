import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';

// registered after staffOnly in the same scope
export async function inventoryRoutes(app: FastifyInstance) {
  // ok: missing-auth
  app.get('/orders/pending', async (request) => {
    // ok: unscoped-tenant-query
    return prisma.labOrder.findMany({ where: { clinicId: request.user.clinicId, status: 'ordered' }, take: 100 });
  });

  // ok: missing-auth
  app.get<{ Params: { id: string } }>('/orders/:id', async (request) => {
    // expect: unscoped-tenant-query
    return prisma.labOrder.findUnique({ where: { id: request.params.id }, include: { patient: true } });
  });
}

// the bench kiosk: its auth hook was put in a child plugin of its own, which Fastify encapsulates
export async function kioskRoutes(app: FastifyInstance) {
  // expect: missing-auth
  app.get<{ Querystring: { clinicId: string } }>('/queue', async (request) => {
    return prisma.labOrder.findMany({ where: { clinicId: request.query.clinicId, status: 'collected' }, include: { patient: true } });
  });
}
