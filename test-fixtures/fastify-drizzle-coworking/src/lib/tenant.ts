import type { FastifyRequest } from 'fastify';

export function orgOf(request: FastifyRequest): string {
  return request.user.org;
}
