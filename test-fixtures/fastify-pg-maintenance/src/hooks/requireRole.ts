import type { FastifyReply, FastifyRequest } from 'fastify';

type Role = 'owner' | 'manager' | 'technician';

export function requireRole(...roles: Role[]) {
  return async function checkRole(request: FastifyRequest, reply: FastifyReply) {
    if (!roles.includes(request.user.role)) {
      return reply.code(403).send({ error: 'Forbidden' });
    }
  };
}
