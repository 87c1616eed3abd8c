import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireClinician: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export default fp(async (fastify) => {
  // ok: insecure-jwt
  await fastify.register(jwt, {
    secret: process.env.JWT_SECRET!,
    cookie: { cookieName: 'token', signed: false },
    sign: { algorithm: 'HS256', expiresIn: '30m' },
    verify: { algorithms: ['HS256'] },
  });

  // Lab devices use a separate namespace; the secret never left the prototype.
  // expect: insecure-jwt
  await fastify.register(jwt, {
    secret: 'lab-device-secret-2023',
    namespace: 'device',
    jwtVerify: 'deviceVerify',
  });

  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  fastify.decorate('requireClinician', async (request: FastifyRequest, reply: FastifyReply) => {
    const user = request.user as { role?: string };
    if (user.role !== 'clinician' && user.role !== 'admin') reply.code(403).send({ error: 'Forbidden' });
  });
});
