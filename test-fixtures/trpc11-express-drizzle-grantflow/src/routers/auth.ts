import bcrypt from 'bcryptjs';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, organizations, users } from '../db/index.js';
import { logger } from '../lib/logger.js';
import { signAccessToken } from '../lib/tokens.js';
import { limitedProcedure, protectedProcedure, publicProcedure, router } from '../trpc.js';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) });

export const authRouter = router({
  // expect: missing-rate-limit
  login: publicProcedure.input(Credentials).mutation(async ({ input }) => {
    // expect: token-logging
    console.log('login attempt', input);
    const user = await db.query.users.findFirst({ where: eq(users.email, input.email) });
    if (!user || !(await bcrypt.compare(input.password, user.passwordHash))) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Invalid credentials' });
    }
    // ok: token-logging
    logger.info({ userId: user.id }, 'user signed in');
    return { token: signAccessToken({ sub: user.id, orgId: user.orgId, role: user.role }) };
  }),

  // Limited by the express-rate-limit instance mounted on /trpc/auth.register in server.ts.
  // ok: missing-auth, missing-rate-limit
  register: publicProcedure
    .input(Credentials.extend({ organization: z.string().min(2).max(80) }))
    .mutation(async ({ input }) => {
      const [org] = await db.insert(organizations).values({ name: input.organization }).returning();
      const passwordHash = await bcrypt.hash(input.password, 12);
      const [user] = await db.insert(users).values({ email: input.email, passwordHash, orgId: org.id, role: 'admin' }).returning();
      return { token: signAccessToken({ sub: user.id, orgId: org.id, role: user.role }) };
    }),

  // ok: missing-rate-limit, missing-auth
  requestPasswordReset: limitedProcedure.input(z.object({ email: z.string().email() })).mutation(async ({ input }) => {
    const user = await db.query.users.findFirst({ where: eq(users.email, input.email) });
    if (user) {
      // expect: token-logging
      logger.info({ email: input.email, resetToken: signAccessToken({ sub: user.id, orgId: user.orgId, role: 'reset' }) }, 'reset requested');
    }
    return { ok: true };
  }),

  // ok: missing-auth, unscoped-tenant-query
  me: protectedProcedure.query(({ ctx }) => db.query.users.findFirst({ where: eq(users.id, ctx.user.sub) })),
});
