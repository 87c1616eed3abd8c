import { defineAction, ActionError } from 'astro:actions';
import { z } from 'astro:schema';
import { eq } from 'drizzle-orm';
import { hash, verify } from '@node-rs/argon2';
import { db } from '../db';
import { users, workspaces } from '../db/schema';
import { createSession, generateSessionToken, invalidateSession, setSessionTokenCookie, SESSION_COOKIE } from '../lib/session';

export const account = {
  // expect: missing-rate-limit
  signIn: defineAction({
    accept: 'form',
    input: z.object({ email: z.string().email(), password: z.string(), remember: z.boolean().optional() }),
    handler: async ({ email, password, remember }, context) => {
      const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
      if (!user || !(await verify(user.passwordHash, password))) {
        throw new ActionError({ code: 'BAD_REQUEST', message: 'Wrong email or password' });
      }
      const token = generateSessionToken();
      const session = await createSession(token, user.id);
      setSessionTokenCookie(context, token, session.expiresAt);
      if (remember) {
        // expect: insecure-cookie
        context.cookies.set('remember_token', token, { maxAge: 60 * 60 * 24 * 90, path: '/' });
      }
      return { ok: true };
    },
  }),

  // expect: missing-rate-limit
  signUp: defineAction({
    accept: 'form',
    input: z.object({ email: z.string().email(), password: z.string().min(10), workspace: z.string().min(2).max(60) }),
    handler: async (input, context) => {
      const workspaceId = crypto.randomUUID();
      await db.insert(workspaces).values({ id: workspaceId, name: input.workspace, slug: input.workspace.toLowerCase().replace(/\W+/g, '-') });
      const userId = crypto.randomUUID();
      await db.insert(users).values({ id: userId, email: input.email.toLowerCase(), passwordHash: await hash(input.password), role: 'admin', workspaceId });
      const token = generateSessionToken();
      const session = await createSession(token, userId);
      setSessionTokenCookie(context, token, session.expiresAt);
      return { workspaceId };
    },
  }),

  signOut: defineAction({
    handler: async (_input, context) => {
      if (!context.locals.session) throw new ActionError({ code: 'UNAUTHORIZED' });
      await invalidateSession(context.locals.session.id);
      context.cookies.delete(SESSION_COOKIE, { path: '/' });
    },
  }),
};
