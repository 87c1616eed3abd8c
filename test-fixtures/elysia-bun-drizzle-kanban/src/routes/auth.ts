import { Elysia, t } from 'elysia';
import { rateLimit } from 'elysia-rate-limit';
import { eq } from 'drizzle-orm';
import { db, users, workspaces } from '../db';
import { authPlugin } from '../plugins/auth';

export const authRoutes = new Elysia({ name: 'auth-routes', prefix: '/auth' })
  .use(authPlugin)
  .use(rateLimit({ scoping: 'scoped', duration: 60_000, max: 10 }))
  // ok: missing-rate-limit, missing-auth
  .post(
    '/login',
    async ({ body, jwt, cookie: { session }, set }) => {
      // expect: token-logging
      console.log('login attempt', body);
      // ok: unscoped-tenant-query
      const [user] = await db.select().from(users).where(eq(users.email, body.email.toLowerCase()));
      if (!user || !(await Bun.password.verify(body.password, user.passwordHash))) {
        set.status = 401;
        return { error: 'Invalid credentials' };
      }
      const token = await jwt.sign({ sub: user.id, ws: user.workspaceId, role: user.role });
      // expect: insecure-cookie
      session.set({ value: token, httpOnly: true, path: '/', maxAge: 7200 });
      return { token };
    },
    { body: t.Object({ email: t.String({ format: 'email' }), password: t.String({ minLength: 8 }) }) }
  )
  // ok: missing-rate-limit, missing-input-validation, missing-auth
  .post(
    '/signup',
    async ({ body, jwt, cookie: { session } }) => {
      const [ws] = await db.insert(workspaces).values({ name: body.workspace }).returning();
      const passwordHash = await Bun.password.hash(body.password);
      const [user] = await db
        .insert(users)
        .values({ email: body.email.toLowerCase(), passwordHash, workspaceId: ws.id, role: 'owner' })
        .returning();
      const token = await jwt.sign({ sub: user.id, ws: ws.id, role: 'owner' });
      // ok: insecure-cookie
      session.set({ value: token, httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
      return { token };
    },
    {
      body: t.Object({
        email: t.String({ format: 'email' }),
        password: t.String({ minLength: 8 }),
        workspace: t.String({ minLength: 2, maxLength: 80 }),
      }),
    }
  )
  // ok: missing-auth
  .post('/logout', ({ cookie: { session } }) => {
    session.remove();
    return { ok: true };
  });
