import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { config } from '../config';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** routes anyone may call */
    public?: boolean;
  }
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    user: { sub: string; orgId: string; role: 'owner' | 'manager' | 'technician' };
  }
}

export default fp(async (fastify) => {
  await fastify.register(jwt, {
    secret: config.jwtSecret,
    sign: { expiresIn: '15m' },
    verify: { algorithms: ['HS256'] },
  });

  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  // every route needs a valid access token unless it says `config: { public: true }`
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.public) return;
    await fastify.authenticate(request, reply);
  });
});
