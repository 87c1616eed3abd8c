import { Elysia, t } from 'elysia';
import { rateLimit } from 'elysia-rate-limit';
import { eq } from 'drizzle-orm';
import { db, users, workspaces } from '../db';
import { log } from '../lib/logger';
import { jwtPlugin } from '../plugins/auth';

export const authRoutes = new Elysia({ prefix: '/auth' })
  .use(rateLimit({ scoping: 'scoped', duration: 60_000, max: 10 }))
  .use(jwtPlugin)
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  .post(
    '/login',
    async ({ body, jwt, cookie: { session, refresh_token }, error }) => {
      const user = await db.query.users.findFirst({ where: eq(users.email, body.email.toLowerCase()) });
      if (!user || !(await Bun.password.verify(body.password, user.passwordHash))) {
        // ok: token-logging
        log.warn({ email: body.email }, 'failed login');
        return error(401, { error: 'Invalid email or password' });
      }
      const token = await jwt.sign({ sub: user.id, ws: user.workspaceId, role: user.role });
      // ok: insecure-cookie
      session.set({ value: token, httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 7 * 86400 });
      if (body.remember) {
        // expect: insecure-cookie
        refresh_token.set({ value: crypto.randomUUID(), path: '/auth', maxAge: 30 * 86400 });
      }
      return { ok: true };
    },
    { body: t.Object({ email: t.String({ format: 'email' }), password: t.String(), remember: t.Optional(t.Boolean()) }) },
  )
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  .post(
    '/signup',
    async ({ body, jwt, cookie: { session } }) => {
      const [ws] = await db.insert(workspaces).values({ name: body.workspaceName }).returning();
      const [user] = await db
        .insert(users)
        .values({ email: body.email.toLowerCase(), displayName: body.displayName, role: 'owner', workspaceId: ws.id, passwordHash: await Bun.password.hash(body.password) })
        .returning();
      // ok: insecure-cookie
      session.set({ value: await jwt.sign({ sub: user.id, ws: ws.id, role: 'owner' }), httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
      return { ok: true };
    },
    {
      body: t.Object({
        workspaceName: t.String({ minLength: 2, maxLength: 80 }),
        displayName: t.String({ minLength: 1, maxLength: 80 }),
        email: t.String({ format: 'email' }),
        password: t.String({ minLength: 12 }),
      }),
    },
  );

// Password recovery lives outside the limited auth instance
export const accountRoutes = new Elysia({ prefix: '/account' })
  // expect: missing-rate-limit
  .post(
    '/password-reset',
    async ({ body }) => {
      const user = await db.query.users.findFirst({ where: eq(users.email, body.email.toLowerCase()) });
      if (user) {
        const token = crypto.randomUUID();
        const hash = new Bun.CryptoHasher('sha256').update(token).digest('hex');
        await db.update(users).set({ resetTokenHash: hash, resetExpiresAt: new Date(Date.now() + 3600_000) }).where(eq(users.id, user.id));
        // expect: token-logging
        log.info({ userId: user.id, token }, 'password reset requested');
      }
      return { ok: true };
    },
    { body: t.Object({ email: t.String({ format: 'email' }) }) },
  )
  // expect: missing-rate-limit
  .post(
    '/password-reset/confirm',
    async ({ body, error }) => {
      const hash = new Bun.CryptoHasher('sha256').update(body.token).digest('hex');
      const user = await db.query.users.findFirst({ where: eq(users.resetTokenHash, hash) });
      if (!user || !user.resetExpiresAt || user.resetExpiresAt < new Date()) return error(400, { error: 'Link expired' });
      await db.update(users).set({ passwordHash: await Bun.password.hash(body.password), resetTokenHash: null }).where(eq(users.id, user.id));
      return { ok: true };
    },
    { body: t.Object({ token: t.String(), password: t.String({ minLength: 12 }) }) },
  );
