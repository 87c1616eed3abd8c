import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { config } from '../config.js';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; clinicId: string; role: 'TECHNICIAN' | 'PHYSICIAN' | 'CLINIC_ADMIN' };
    user: { sub: string; clinicId: string; role: 'TECHNICIAN' | 'PHYSICIAN' | 'CLINIC_ADMIN' };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireAdmin: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export default fp(async (fastify) => {
  await fastify.register(jwt, {
    secret: config.jwtSecret,
    sign: { algorithm: 'HS256', expiresIn: '20m' },
    verify: { algorithms: ['HS256'] },
    cookie: { cookieName: 'lr_token', signed: false },
  });

  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  fastify.decorate('requireAdmin', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.user?.role !== 'CLINIC_ADMIN') {
      return reply.code(403).send({ error: 'Forbidden' });
    }
  });
});
