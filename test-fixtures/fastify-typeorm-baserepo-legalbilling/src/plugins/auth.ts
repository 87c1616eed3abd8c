import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    user: { sub: string; firmId: string; role: 'associate' | 'partner' | 'admin' };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requirePartner: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export default fp(async (app) => {
  // expect: insecure-jwt
  await app.register(fastifyJwt, { secret: 'billable-dev' });

  app.decorate('authenticate', async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      await req.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'unauthorized' });
    }
  });

  app.decorate('requirePartner', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.user.role !== 'partner' && req.user.role !== 'admin') return reply.code(403).send({ error: 'forbidden' });
  });
});
