import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Wrapped with fastify-plugin so the decorators are visible to every route plugin.
export default fp(async (fastify) => {
  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  fastify.decorate('requireClinicAdmin', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.user.role !== 'CLINIC_ADMIN') {
      return reply.code(403).send({ error: 'Forbidden' });
    }
  });
});
