import { defineAction, ActionError } from 'astro:actions';
import { z } from 'astro:schema';
import { and, eq } from 'drizzle-orm';
import { db } from '../db';
import { users } from '../db/schema';

export const admin = {
  // expect: missing-role-check
  setRole: defineAction({
    input: z.object({ userId: z.string(), role: z.enum(['member', 'admin']) }),
    handler: async (input, context) => {
      const me = context.locals.user;
      if (!me) throw new ActionError({ code: 'UNAUTHORIZED' });
      // ok: unscoped-tenant-query
      await db.update(users).set({ role: input.role }).where(and(eq(users.id, input.userId), eq(users.workspaceId, me.workspaceId)));
    },
  }),

  // expect: missing-role-check
  memberEmails: defineAction({
    handler: async (_input, context) => {
      const me = context.locals.user;
      if (!me) throw new ActionError({ code: 'UNAUTHORIZED' });
      // ok: unscoped-tenant-query
      return db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.workspaceId, me.workspaceId));
    },
  }),

  // ok: missing-role-check
  removeMember: defineAction({
    input: z.object({ userId: z.string() }),
    handler: async (input, context) => {
      const me = context.locals.user;
      if (!me) throw new ActionError({ code: 'UNAUTHORIZED' });
      if (me.role !== 'admin') throw new ActionError({ code: 'FORBIDDEN', message: 'Admins only' });
      // ok: unscoped-tenant-query
      await db.delete(users).where(and(eq(users.id, input.userId), eq(users.workspaceId, me.workspaceId)));
    },
  }),
};
