import fp from 'fastify-plugin';
import fastifyAuth from '@fastify/auth';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findApiKey } from '../lib/apiKeys.js';

declare module 'fastify' {
  interface FastifyInstance {
    verifyJWT: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    verifyApiKey: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireManager: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    allowKiosk: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    user: { sub: string; companyId: string; role: string };
  }
}

export default fp(async (fastify) => {
  // ok: insecure-jwt
  await fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET!, cookie: { cookieName: 'fleet_session', signed: false } });
  await fastify.register(fastifyAuth);

  fastify.decorate('verifyJWT', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'unauthorized' });
    }
  });

  fastify.decorate('verifyApiKey', async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = request.headers['x-fleet-api-key'];
    // expect: token-logging
    request.log.debug({ headers: request.headers }, 'api key auth attempt');
    if (typeof raw !== 'string') {
      return reply.code(401).send({ error: 'missing api key' });
    }
    const key = await findApiKey(raw);
    if (!key) {
      return reply.code(401).send({ error: 'invalid api key' });
    }
    // ok: token-logging
    request.log.info({ keyId: key.id, companyId: key.companyId }, 'api key accepted');
    request.user = { sub: `key:${key.id}`, companyId: key.companyId, role: 'integration' };
  });

  // the lobby kiosk has no credentials: it is let through and marked as such
  fastify.decorate('allowKiosk', async (request: FastifyRequest) => {
    request.log.debug({ ip: request.ip }, 'kiosk request');
  });

  fastify.decorate('requireManager', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.user?.role !== 'manager' && request.user?.role !== 'owner') {
      return reply.code(403).send({ error: 'forbidden' });
    }
  });
});
