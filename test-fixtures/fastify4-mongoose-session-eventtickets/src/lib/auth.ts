import type { FastifyReply, FastifyRequest } from 'fastify';

declare module '@fastify/secure-session' {
  interface SessionData {
    organizerId: string;
    role: 'organizer' | 'staff';
  }
}

export async function requireOrganizer(request: FastifyRequest, reply: FastifyReply) {
  const organizerId = request.session.get('organizerId');
  if (!organizerId) {
    return reply.code(401).send({ error: 'Sign in required' });
  }
  request.organizerId = organizerId;
}

export async function requireStaff(request: FastifyRequest, reply: FastifyReply) {
  if (request.session.get('role') !== 'staff') {
    return reply.code(403).send({ error: 'Staff only' });
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    organizerId: string;
  }
}
