import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../models/User.js';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; company: string; role: Role };
    user: { sub: string; company: string; role: Role };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireRole: (...roles: Role[]) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export default fp(async (fastify) => {
  fastify.register(fastifyJwt, {
    // expect: insecure-jwt
    secret: process.env.JWT_SECRET ?? 'fixit-dev-secret',
    sign: { expiresIn: '15m' },
    cookie: { cookieName: 'refresh_token', signed: false },
  });

  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      // expect: token-logging
      request.log.warn({ authorization: request.headers.authorization }, 'jwt verification failed');
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  fastify.decorate('requireRole', (...roles: Role[]) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (!roles.includes(request.user.role)) {
      return reply.code(403).send({ error: 'Forbidden' });
    }
  });
});
