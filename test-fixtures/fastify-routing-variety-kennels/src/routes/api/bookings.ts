import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { prisma } from '../../db.js';

const BookingBody = Type.Object({ petId: Type.String(), checkIn: Type.String({ format: 'date' }), checkOut: Type.String({ format: 'date' }) });

export async function bookingRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.verifyJwt);

  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return prisma.booking.findMany({ where: { kennelId: request.user.kennelId }, orderBy: { checkIn: 'asc' } });
  });

  fastify.get('/:bookingId', async (request, reply) => {
    const { bookingId } = request.params as { bookingId: string };
    // expect: unscoped-tenant-query
    const booking = await prisma.booking.findUnique({ where: { id: bookingId }, include: { pet: true } });
    return booking ?? reply.code(404).send();
  });

  fastify.post('/', { schema: { body: BookingBody } }, async (request, reply) => {
    const body = request.body as { petId: string; checkIn: string; checkOut: string };
    // ok: unscoped-tenant-query
    const pet = await prisma.pet.findFirst({ where: { id: body.petId, kennelId: request.user.kennelId } });
    if (!pet) return reply.code(404).send({ error: 'no such pet' });
    const booking = await prisma.booking.create({
      data: { kennelId: request.user.kennelId, petId: pet.id, checkIn: new Date(body.checkIn), checkOut: new Date(body.checkOut) },
    });
    return reply.code(201).send(booking);
  });

  fastify.route({
    method: 'PATCH',
    url: '/:bookingId/status',
    schema: { body: Type.Object({ status: Type.Union([Type.Literal('confirmed'), Type.Literal('cancelled')]) }) },
    handler: async (request, reply) => {
      const { bookingId } = request.params as { bookingId: string };
      const { status } = request.body as { status: string };
      // ok: unscoped-tenant-query
      const { count } = await prisma.booking.updateMany({ where: { id: bookingId, kennelId: request.user.kennelId }, data: { status } });
      return count ? { ok: true } : reply.code(404).send();
    },
  });

  // /api/bookings/:bookingId/notes — still inside this plugin's context, so behind its onRequest hook
  await fastify.register(
    async (notes) => {
      notes.get('/', async (request) => {
        const { bookingId } = request.params as { bookingId: string };
        // ok: unscoped-tenant-query
        return prisma.bookingNote.findMany({ where: { bookingId, kennelId: request.user.kennelId } });
      });

      // expect: missing-input-validation
      notes.post('/', async (request, reply) => {
        const { bookingId } = request.params as { bookingId: string };
        const { body } = request.body as { body: string };
        // ok: unscoped-tenant-query
        const booking = await prisma.booking.findFirst({ where: { id: bookingId, kennelId: request.user.kennelId } });
        if (!booking) return reply.code(404).send();
        return prisma.bookingNote.create({ data: { bookingId, kennelId: booking.kennelId, body, authorId: request.user.id } });
      });
    },
    { prefix: '/:bookingId/notes' },
  );
}
