import argon2 from 'argon2';
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';
import { roleBody } from '../schemas/index.js';

type Role = 'TECHNICIAN' | 'PHYSICIAN' | 'CLINIC_ADMIN';

export default async function adminRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate);

  // ok: missing-auth, missing-role-check
  app.get('/users', { preHandler: [app.requireAdmin] }, async (request) => {
    // ok: unscoped-tenant-query
    return prisma.user.findMany({
      where: { clinicId: request.user.clinicId },
      select: { id: true, email: true, role: true },
    });
  });

  // ok: missing-role-check, missing-input-validation
  app.post<{ Body: { email: string } }>('/users', {
    preHandler: app.requireAdmin,
    schema: { body: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } } },
  }, async (request, reply) => {
    const user = await prisma.user.create({
      data: {
        email: request.body.email.toLowerCase(),
        passwordHash: await argon2.hash(crypto.randomBytes(24).toString('hex')),
        clinicId: request.user.clinicId,
      },
    });
    return reply.code(201).send({ id: user.id });
  });

  // expect: missing-role-check
  app.patch<{ Params: { id: string }; Body: { role: Role } }>('/users/:id/role', { schema: { body: roleBody } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const { count } = await prisma.user.updateMany({
      where: { id: request.params.id, clinicId: request.user.clinicId },
      data: { role: request.body.role },
    });
    return count ? { ok: true } : reply.code(404).send({ error: 'not found' });
  });
}
