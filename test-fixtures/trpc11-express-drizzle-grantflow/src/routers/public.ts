import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, grants } from '../db/index.js';
import { publicProcedure, router } from '../trpc.js';

export const publicRouter = router({
  // Landing page counter.
  // ok: missing-auth
  stats: publicProcedure.query(async () => {
    const [row] = await db.select({ n: count() }).from(grants);
    return { grants: row?.n ?? 0 };
  }),

  // Open calls shown on the marketing site.
  // ok: missing-auth
  openCalls: publicProcedure.query(() => db.select().from(grants).where(eq(grants.status, 'published'))),

  // Used by the embeddable widget; returns any grant, drafts included.
  // expect: missing-auth
  grant: publicProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ input }) => {
    const [grant] = await db.select().from(grants).where(eq(grants.id, input.id));
    return grant ?? null;
  }),
});
