import crypto from 'node:crypto';
import bcrypt from 'bcrypt';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';
import { sendMail } from '../lib/mail.js';

const Credentials = Type.Object({
  email: Type.String({ format: 'email', maxLength: 200 }),
  password: Type.String({ minLength: 8, maxLength: 200 }),
});

const Signup = Type.Object({
  company: Type.String({ minLength: 2, maxLength: 120 }),
  name: Type.String({ maxLength: 120 }),
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 10, maxLength: 200 }),
});

const sessionCookie = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' as const, signed: true, maxAge: 8 * 3600 };

const authRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: Static<typeof Credentials> }>(
    '/login',
    { schema: { body: Credentials }, config: { rateLimit: { max: 10, timeWindow: '15 minutes' } } },
    async (request, reply) => {
      const user = await db.selectFrom('users').selectAll().where('email', '=', request.body.email.toLowerCase()).executeTakeFirst();
      if (!user || !(await bcrypt.compare(request.body.password, user.password_hash))) {
        return reply.code(401).send({ error: 'Invalid credentials' });
      }
      const token = await reply.jwtSign({ sub: user.id, companyId: user.company_id, role: user.role });
      // ok: insecure-cookie
      reply.setCookie('fo_session', token, sessionCookie);
      // ok: token-logging
      request.log.info({ userId: user.id, companyId: user.company_id }, 'user signed in');
      return { id: user.id, name: user.name, role: user.role };
    },
  );

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: Static<typeof Signup> }>(
    '/signup',
    { schema: { body: Signup }, config: { rateLimit: { max: 5, timeWindow: '1 hour' } } },
    async (request, reply) => {
      const { company, name, email, password } = request.body;
      const user = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('companies')
          .values({ name: company, code: crypto.randomBytes(4).toString('hex') })
          .returning('id')
          .executeTakeFirstOrThrow();
        return trx
          .insertInto('users')
          .values({ company_id: created.id, name, email: email.toLowerCase(), password_hash: await bcrypt.hash(password, 12), role: 'admin' })
          .returning(['id', 'company_id', 'role'])
          .executeTakeFirstOrThrow();
      });
      const token = await reply.jwtSign({ sub: user.id, companyId: user.company_id, role: user.role });
      // ok: insecure-cookie
      reply.setCookie('fo_session', token, sessionCookie);
      return reply.code(201).send({ id: user.id });
    },
  );

  // expect: missing-rate-limit
  fastify.post<{ Body: { email: string } }>(
    '/password/forgot',
    { schema: { body: Type.Object({ email: Type.String({ format: 'email' }) }) } },
    async (request) => {
      const user = await db.selectFrom('users').select(['id', 'email']).where('email', '=', request.body.email.toLowerCase()).executeTakeFirst();
      if (user) {
        const token = crypto.randomBytes(32).toString('hex');
        await db
          .updateTable('users')
          .set({ reset_token_hash: crypto.createHash('sha256').update(token).digest('hex'), reset_expires_at: new Date(Date.now() + 1_800_000) })
          .where('id', '=', user.id)
          .execute();
        await sendMail(user.email, 'Reset your FleetOps password', `https://app.fleetops.io/reset?token=${token}`);
      }
      return { ok: true };
    },
  );

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: { token: string; password: string } }>(
    '/password/reset',
    {
      schema: { body: Type.Object({ token: Type.String({ minLength: 64, maxLength: 64 }), password: Type.String({ minLength: 10 }) }) },
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
    },
    async (request, reply) => {
      const hash = crypto.createHash('sha256').update(request.body.token).digest('hex');
      const user = await db
        .selectFrom('users')
        .select('id')
        .where('reset_token_hash', '=', hash)
        .where('reset_expires_at', '>', new Date())
        .executeTakeFirst();
      if (!user) return reply.code(400).send({ error: 'Link expired' });
      await db
        .updateTable('users')
        .set({ password_hash: await bcrypt.hash(request.body.password, 12), reset_token_hash: null, reset_expires_at: null })
        .where('id', '=', user.id)
        .execute();
      return { ok: true };
    },
  );

  // Drivers sign in on the in-cab tablet with the company code and a PIN.
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  fastify.post<{ Body: { company: string; phone: string; pin: string } }>(
    '/driver-pin',
    {
      schema: { body: Type.Object({ company: Type.String(), phone: Type.String({ maxLength: 30 }), pin: Type.String({ pattern: '^[0-9]{6}$' }) }) },
      config: { rateLimit: { max: 5, timeWindow: '10 minutes' } },
    },
    async (request, reply) => {
      const driver = await db
        .selectFrom('drivers')
        .innerJoin('companies', 'companies.id', 'drivers.company_id')
        .select(['drivers.id', 'drivers.company_id', 'drivers.pin_hash'])
        .where('companies.code', '=', request.body.company)
        .where('drivers.phone', '=', request.body.phone)
        .executeTakeFirst();
      if (!driver || !(await bcrypt.compare(request.body.pin, driver.pin_hash))) {
        return reply.code(401).send({ error: 'Wrong PIN' });
      }
      const token = await reply.jwtSign({ sub: driver.id, companyId: driver.company_id, role: 'dispatcher' }, { expiresIn: '14h' });
      // expect: token-logging
      request.log.debug({ driverId: driver.id, token }, 'driver signed in');
      // expect: insecure-cookie
      reply.setCookie('driver_token', token, { path: '/', sameSite: 'none', maxAge: 14 * 3600 });
      return { ok: true };
    },
  );

  // ok: missing-auth
  fastify.post('/logout', async (request, reply) => {
    reply.clearCookie('fo_session', { path: '/' });
    return { ok: true };
  });

  // ok: missing-auth
  fastify.get('/me', { onRequest: [fastify.authenticate] }, async (request) => {
    return db
      .selectFrom('users')
      .select(['id', 'name', 'email', 'role', 'company_id'])
      .where('id', '=', request.user.sub)
      .executeTakeFirst();
  });
};

export default authRoutes;
