import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import bcrypt from 'bcrypt';
import { LoginBody, RegisterBody } from '../schemas.js';

const authRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post('/login', { schema: { body: LoginBody }, config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { email, password } = request.body;
    // expect: token-logging
    request.log.info({ email, password }, 'staff login attempt');
    const user = await fastify.prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return reply.code(401).send({ error: 'Invalid credentials' });
    }
    const token = await reply.jwtSign({ sub: user.id, accountId: user.accountId, role: user.role as 'owner' });
    // ok: insecure-cookie
    reply.setCookie('gym_session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
    return { token };
  });

  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  fastify.post('/register', { schema: { body: RegisterBody } }, async (request, reply) => {
    const { email, password, gymName, slug } = request.body;
    const account = await fastify.prisma.account.create({
      data: { name: gymName, slug, staff: { create: { email, passwordHash: await bcrypt.hash(password, 12), role: 'owner' } } },
      include: { staff: true },
    });
    const token = await reply.jwtSign({ sub: account.staff[0].id, accountId: account.id, role: 'owner' });
    return reply.code(201).send({ token });
  });

  // ok: missing-auth
  fastify.post('/logout', async (_request, reply) => {
    reply.clearCookie('gym_session', { path: '/' });
    return reply.code(204).send();
  });
};

export default authRoutes;
