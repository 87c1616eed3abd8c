import { Elysia, t } from 'elysia';
import { rateLimit } from 'elysia-rate-limit';
import { prisma } from '../lib/db';
import { jwtPlugin } from '../plugins/auth';

export const authModule = new Elysia({ prefix: '/auth' })
  .use(jwtPlugin)
  // ok: missing-input-validation
  // expect: missing-rate-limit
  .post(
    '/register',
    async ({ body, jwt, set }) => {
      const business = await prisma.business.create({ data: { name: body.businessName, slug: body.slug } });
      const user = await prisma.user.create({
        data: { email: body.email, passwordHash: await Bun.password.hash(body.password), role: 'owner', businessId: business.id },
      });
      set.status = 201;
      return { token: await jwt.sign({ sub: user.id, businessId: business.id, role: 'owner' }) };
    },
    {
      body: t.Object({
        businessName: t.String({ maxLength: 80 }),
        slug: t.String({ pattern: '^[a-z0-9-]+$' }),
        email: t.String({ format: 'email' }),
        password: t.String({ minLength: 10 }),
      }),
    },
  )
  .use(rateLimit({ scoping: 'scoped', max: 10, duration: 60_000 }))
  // ok: missing-rate-limit
  .post(
    '/login',
    async ({ body, jwt, cookie: { session, refresh }, set }) => {
      const user = await prisma.user.findUnique({ where: { email: body.email } });
      if (!user || !(await Bun.password.verify(body.password, user.passwordHash))) {
        set.status = 401;
        return { error: 'invalid credentials' };
      }
      const token = await jwt.sign({ sub: user.id, businessId: user.businessId, role: user.role });
      // ok: insecure-cookie
      session.set({ value: token, httpOnly: true, secure: true, sameSite: 'lax', maxAge: 43_200 });
      // expect: insecure-cookie
      refresh.set({ value: await jwt.sign({ sub: user.id, kind: 'refresh' }), maxAge: 30 * 86_400 });
      return { token };
    },
    { body: t.Object({ email: t.String(), password: t.String() }) },
  )
  // ok: missing-rate-limit
  .post(
    '/forgot-password',
    async ({ body }) => {
      const user = await prisma.user.findUnique({ where: { email: body.email } });
      if (user) {
        const resetToken = crypto.randomUUID();
        await prisma.user.update({ where: { id: user.id }, data: { resetToken } });
        // expect: token-logging
        console.log(`[mail] reset link for ${user.email}: https://app.bookly.test/reset?token=${resetToken}`);
      }
      return { ok: true };
    },
    { body: t.Object({ email: t.String({ format: 'email' }) }) },
  );
