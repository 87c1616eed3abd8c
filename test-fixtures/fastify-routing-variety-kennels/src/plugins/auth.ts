import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import fastifyAuth from '@fastify/auth';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { prisma } from '../db.js';

export interface SessionUser {
  id: string;
  kennelId: string;
  role: 'staff' | 'manager' | 'owner';
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    user: SessionUser;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    verifyJwt: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    verifyApiKey: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireOwner: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    partnerKennelId?: string;
  }
}

export default fp(async (fastify) => {
  await fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET as string, sign: { algorithm: 'HS256', expiresIn: '8h' } });
  await fastify.register(fastifyAuth);

  fastify.decorate('verifyJwt', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'unauthenticated' });
    }
  });

  fastify.decorate('verifyApiKey', async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers['x-api-key'];
    if (typeof key !== 'string') return reply.code(401).send({ error: 'missing api key' });
    const client = await prisma.apiClient.findUnique({ where: { keyHash: createHash('sha256').update(key).digest('hex') } });
    if (!client) return reply.code(401).send({ error: 'invalid api key' });
    request.partnerKennelId = client.kennelId;
  });

  fastify.decorate('requireOwner', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.user?.role !== 'owner') return reply.code(403).send({ error: 'owners only' });
  });
});
