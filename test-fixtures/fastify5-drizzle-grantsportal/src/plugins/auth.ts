import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../db/schema';

export interface TokenUser {
  sub: string;
  workspaceId: string;
  role: Role;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenUser;
    user: TokenUser;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireRole: (...roles: Role[]) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

export default fp(
  async (fastify) => {
    // ok: insecure-jwt
    await fastify.register(jwt, {
      secret: process.env.JWT_SECRET!,
      sign: { algorithm: 'HS256', expiresIn: '15m' },
      verify: { algorithms: ['HS256'] },
    });

    fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        await request.jwtVerify();
      } catch {
        return reply.code(401).send({ error: 'unauthorized' });
      }
    });

    fastify.decorate('requireRole', (...roles: Role[]) => {
      return async (request: FastifyRequest, reply: FastifyReply) => {
        if (!roles.includes(request.user.role)) {
          return reply.code(403).send({ error: 'forbidden' });
        }
      };
    });
  },
  { name: 'auth' },
);
