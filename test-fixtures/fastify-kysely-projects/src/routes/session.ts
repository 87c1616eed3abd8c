import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { db } from '../db';
import { maskEmail } from '../lib/scope';

const Credentials = Type.Object({ email: Type.String({ format: 'email' }), password: Type.String({ minLength: 8 }) });
type Credentials = Static<typeof Credentials>;

const Signup = Type.Object({
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 12 }),
  organization: Type.String({ minLength: 2, maxLength: 80 }),
});

const sessionRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-rate-limit, missing-auth
  fastify.post<{ Body: Credentials }>('/login', {
    schema: { body: Credentials },
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { email, password } = request.body;
    const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    if (!user || !(await bcrypt.compare(password, user.password_hash))) {
      request.log.warn({ email: maskEmail(email) }, 'failed login');
      return reply.code(401).send({ error: 'Invalid credentials' });
    }
    const token = await reply.jwtSign({ sub: user.id, orgId: user.org_id, role: user.role as 'member' }, { expiresIn: '8h' });
    // ok: insecure-cookie
    reply.setCookie('session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 });
    return { ok: true };
  });

  // no config.rateLimit: the limiter was registered with global: false
  // expect: missing-rate-limit
  fastify.post<{ Body: Static<typeof Signup> }>('/signup', { schema: { body: Signup } }, async (request, reply) => {
    // expect: token-logging
    request.log.info({ body: request.body }, 'signup attempt');
    const orgId = randomUUID();
    await db.insertInto('organizations').values({ id: orgId, name: request.body.organization, plan: 'free', stripe_customer_id: null }).execute();
    const userId = randomUUID();
    const passwordHash = await bcrypt.hash(request.body.password, 12);
    await db.insertInto('users').values({ id: userId, org_id: orgId, email: request.body.email, password_hash: passwordHash, role: 'owner' }).execute();
    const token = await reply.jwtSign({ sub: userId, orgId, role: 'owner' });
    // expect: insecure-cookie
    reply.setCookie('session', token, { path: '/', httpOnly: true });
    return reply.code(201).send({ id: userId });
  });

  // ok: missing-auth
  fastify.post('/logout', async (request, reply) => {
    reply.clearCookie('session', { path: '/' });
    return { ok: true };
  });
};

export default sessionRoutes;
