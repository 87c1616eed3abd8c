import type { FastifyRequest } from 'fastify';

export function companyOf(request: FastifyRequest): number {
  return request.user.companyId;
}
