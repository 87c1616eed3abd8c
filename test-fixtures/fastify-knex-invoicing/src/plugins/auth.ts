import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type Role = 'admin' | 'member';

export interface AuthUser {
  sub: string;
  orgId: string;
  role: Role;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AuthUser;
    user: AuthUser;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireAdmin: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

/** Reset / invite tokens are only ever stored as a SHA-256 digest. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export default fp(
  async (fastify) => {
    fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        await request.jwtVerify();
      } catch (err) {
        // expect: token-logging
        request.log.debug({ authorization: request.headers.authorization, err }, 'rejected request with invalid token');
        return reply.code(401).send({ error: 'Unauthorized' });
      }
    });

    fastify.decorate('requireAdmin', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.user.role !== 'admin') {
        return reply.code(403).send({ error: 'Forbidden' });
      }
    });
  },
  { name: 'auth', dependencies: ['@fastify/jwt'] },
);
