import type { FastifyInstance } from 'fastify';
import argon2 from 'argon2';

type Credentials = { email: string; password: string };

const credentialsSchema = {
  type: 'object',
  required: ['email', 'password'],
  properties: {
    email: { type: 'string', format: 'email' },
    password: { type: 'string', minLength: 10, maxLength: 200 },
  },
} as const;

export default async function authRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  // ok: missing-rate-limit
  fastify.post<{ Body: Credentials }>('/login', { schema: { body: credentialsSchema }, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { email, password } = request.body;
    // ok: unscoped-tenant-query
    const user = await fastify.prisma.user.findUnique({ where: { email } });
    if (!user || !(await argon2.verify(user.passwordHash, password))) {
      // expect: token-logging
      request.log.warn({ email, password }, 'failed sign-in');
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    const token = await reply.jwtSign({ sub: user.id, companyId: user.companyId, role: user.role as never });
    // ok: insecure-cookie
    reply.setCookie('fleet_session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'strict', maxAge: 900 });
    // ok: token-logging
    request.log.info({ userId: user.id }, 'signed in');
    return { ok: true };
  });

  // a company's first account; no limiter unlike its neighbour
  // ok: missing-auth
  // expect: missing-rate-limit
  // ok: missing-input-validation
  fastify.post<{ Body: Credentials & { companyName: string } }>('/signup', { schema: { body: { ...credentialsSchema, required: ['email', 'password', 'companyName'] } } }, async (request, reply) => {
    const { email, password, companyName } = request.body;
    const company = await fastify.prisma.company.create({ data: { name: companyName } });
    const user = await fastify.prisma.user.create({
      data: { email, passwordHash: await argon2.hash(password), role: 'owner', companyId: company.id },
    });
    const token = await reply.jwtSign({ sub: user.id, companyId: company.id, role: 'owner' });
    // expect: insecure-cookie
    reply.setCookie('fleet_session', token, { path: '/', sameSite: 'lax' });
    return reply.code(201).send({ id: user.id });
  });

  // ok: missing-auth
  fastify.post('/logout', async (request, reply) => {
    reply.clearCookie('fleet_session', { path: '/' });
    return { ok: true };
  });
}
