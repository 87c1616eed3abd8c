import type { FastifyRequest } from 'fastify';

// the caller's clinic as a Prisma filter fragment
export const inClinic = (request: FastifyRequest) => ({ clinicId: request.user.clinicId });
