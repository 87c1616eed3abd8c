import type { FastifyInstance } from 'fastify';
import staffOnly from '../../plugins/staffOnly.js';
import { prisma } from '../../db.js';

export default async function staffRoutes(fastify: FastifyInstance) {
  // the kiosk by the front desk polls this before anyone signs in
  fastify.get('/desk-status', async () => ({ open: new Date().getHours() >= 7 && new Date().getHours() < 20 }));

  await fastify.register(staffOnly);

  // ok: missing-auth
  fastify.get('/today', async (request) => {
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    // ok: unscoped-tenant-query
    return prisma.booking.findMany({ where: { kennelId: request.user.kennelId, checkIn: { gte: start } }, include: { pet: true } });
  });

  // ok: missing-auth
  fastify.post('/bookings/:bookingId/check-in', async (request, reply) => {
    const { bookingId } = request.params as { bookingId: string };
    // expect: unscoped-tenant-query
    await prisma.booking.update({ where: { id: bookingId }, data: { status: 'checked-in' } });
    return reply.code(204).send();
  });
}
