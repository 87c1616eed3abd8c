import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';

export type Role = 'admin' | 'dispatcher' | 'mechanic';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: number; companyId: number; role: Role };
    user: { sub: number; companyId: number; role: Role };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireRole: (...roles: Role[]) => preHandlerHookHandler;
  }
}

export default fp(async (fastify) => {
  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch {
      return reply.code(401).send({ error: 'Unauthorized' });
    }
  });

  fastify.decorate('requireRole', (...roles: Role[]): preHandlerHookHandler => {
    return async (request, reply) => {
      if (!roles.includes(request.user.role)) {
        return reply.code(403).send({ error: 'Forbidden' });
      }
    };
  });
}, { name: 'auth' });
