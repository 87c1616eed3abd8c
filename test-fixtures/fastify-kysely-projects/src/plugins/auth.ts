import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireRole: (role: string) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    user: { sub: string; orgId: string; role: 'owner' | 'admin' | 'member' };
  }
}

export default fp(async (fastify) => {
  fastify.register(jwt, {
    // expect: insecure-jwt
    secret: process.env.JWT_SECRET || 'projects-local-secret',
    cookie: { cookieName: 'session', signed: false },
  });

  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  fastify.decorate('requireRole', (role: string) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.user.role !== role && request.user.role !== 'owner') {
      return reply.code(403).send({ error: 'Forbidden' });
    }
  });
});
