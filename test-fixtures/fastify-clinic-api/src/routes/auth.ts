import type { FastifyInstance } from 'fastify';
import bcrypt from 'bcryptjs';
import sgMail from '@sendgrid/mail';

// expect: hardcoded-secret
sgMail.setApiKey('SG.FAKEfakeFAKEfake00.FAKEfakeFAKEfake0000000');
import { prisma } from '../lib/prisma';

export default async function authRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  // ok: missing-rate-limit
  fastify.post('/login', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string };
    // ok: unscoped-tenant-query
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid credentials' });
    }
    const token = fastify.jwt.sign({ sub: user.id, clinicId: user.clinicId, role: user.role });
    // expect: token-logging
    request.log.info({ token }, 'issued access token');
    // ok: token-logging
    request.log.info({ userId: user.id }, 'login succeeded');
    // expect: insecure-cookie
    reply.setCookie('token', token, { path: '/' });
    return { token };
  });
}
