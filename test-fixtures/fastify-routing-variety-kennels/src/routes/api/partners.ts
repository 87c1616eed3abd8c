import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { prisma } from '../../db.js';

// partner apps call with an API key, staff tools with their JWT: either one lets the request through
export async function partnerRoutes(fastify: FastifyInstance) {
  const either = fastify.auth([fastify.verifyApiKey, fastify.verifyJwt]);

  fastify.get('/availability', { onRequest: [fastify.auth([fastify.verifyApiKey, fastify.verifyJwt])] }, async (request) => {
    const kennelId = request.partnerKennelId ?? request.user.kennelId;
    // ok: unscoped-tenant-query
    const taken = await prisma.booking.count({ where: { kennelId, status: 'confirmed', checkOut: { gte: new Date() } } });
    return { kennelId, taken };
  });

  fastify.post(
    '/bookings',
    {
      preHandler: either,
      schema: { body: Type.Object({ petId: Type.String(), checkIn: Type.String({ format: 'date' }), checkOut: Type.String({ format: 'date' }) }) },
    },
    async (request, reply) => {
      const kennelId = request.partnerKennelId ?? request.user.kennelId;
      const body = request.body as { petId: string; checkIn: string; checkOut: string };
      // ok: unscoped-tenant-query
      const pet = await prisma.pet.findFirst({ where: { id: body.petId, kennelId } });
      if (!pet) return reply.code(404).send();
      return prisma.booking.create({ data: { kennelId, petId: pet.id, checkIn: new Date(body.checkIn), checkOut: new Date(body.checkOut) } });
    },
  );
}
