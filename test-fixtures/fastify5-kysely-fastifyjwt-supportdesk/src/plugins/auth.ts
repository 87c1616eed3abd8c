import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';

export type Role = 'agent' | 'admin';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; tenantId: string; role: Role };
    user: { sub: string; tenantId: string; role: Role };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireRole: (role: Role) => preHandlerHookHandler;
  }
}

export default fp(async (fastify) => {
  await fastify.register(jwt, {
    // expect: insecure-jwt
    secret: process.env.JWT_SECRET || 'supportdesk-local-dev',
    sign: { expiresIn: '8h' },
  });

  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ error: 'unauthorized' });
    }
  });

  fastify.decorate('requireRole', (role: Role): preHandlerHookHandler => async (request, reply) => {
    if (request.user.role !== role) {
      return reply.code(403).send({ error: 'forbidden' });
    }
  });
});
