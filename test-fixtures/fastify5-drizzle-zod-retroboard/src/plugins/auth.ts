import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; ws: string; role: 'owner' | 'facilitator' | 'member' };
    user: { sub: string; ws: string; role: 'owner' | 'facilitator' | 'member' };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireOwner: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export default fp(async (fastify) => {
  // ok: insecure-jwt
  await fastify.register(fastifyJwt, {
    secret: process.env.JWT_SECRET!,
    sign: { algorithm: 'HS256', expiresIn: '2h' },
    verify: { algorithms: ['HS256'] },
  });

  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'unauthorized' });
    }
  });

  fastify.decorate('requireOwner', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.user.role !== 'owner') {
      return reply.code(403).send({ error: 'forbidden' });
    }
  });
});
