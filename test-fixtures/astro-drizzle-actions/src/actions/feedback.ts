import { defineAction, ActionError } from 'astro:actions';
import { z } from 'astro:schema';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '../db';
import { boards, comments, posts } from '../db/schema';

export const feedback = {
  create: defineAction({
    input: z.object({ boardId: z.string(), title: z.string().min(3).max(140), body: z.string().max(5000) }),
    handler: async (input, { locals }) => {
      if (!locals.user) throw new ActionError({ code: 'UNAUTHORIZED' });
      // ok: unscoped-tenant-query
      const [board] = await db.select().from(boards).where(and(eq(boards.id, input.boardId), eq(boards.workspaceId, locals.user.workspaceId)));
      if (!board) throw new ActionError({ code: 'NOT_FOUND' });
      const id = crypto.randomUUID();
      await db.insert(posts).values({ id, boardId: board.id, workspaceId: board.workspaceId, authorId: locals.user.id, title: input.title, body: input.body });
      return { id };
    },
  }),

  upvote: defineAction({
    input: z.object({ postId: z.string() }),
    handler: async ({ postId }, context) => {
      const user = context.locals.user;
      if (!user) throw new ActionError({ code: 'UNAUTHORIZED' });
      // expect: unscoped-tenant-query
      await db.update(posts).set({ votes: sql`${posts.votes} + 1` }).where(eq(posts.id, postId));
    },
  }),

  // expect: missing-input-validation
  comment: defineAction({
    accept: 'form',
    handler: async (form, context) => {
      const user = context.locals.user;
      if (!user) throw new ActionError({ code: 'UNAUTHORIZED', message: 'Sign in to comment' });
      await db.insert(comments).values({
        id: crypto.randomUUID(),
        workspaceId: user.workspaceId,
        postId: String(form.get('postId')),
        authorId: user.id,
        body: String(form.get('body')),
      });
    },
  }),

  // expect: missing-auth
  archiveBoard: defineAction({
    input: z.object({ boardId: z.string() }),
    handler: async ({ boardId }) => {
      await db.update(boards).set({ archived: true }).where(eq(boards.id, boardId));
    },
  }),

  remove: defineAction({
    input: z.object({ postId: z.string() }),
    handler: async ({ postId }, { locals }) => {
      if (!locals.user) throw new ActionError({ code: 'UNAUTHORIZED' });
      // ok: unscoped-tenant-query
      await db.delete(posts).where(and(eq(posts.id, postId), eq(posts.workspaceId, locals.user.workspaceId), eq(posts.authorId, locals.user.id)));
    },
  }),
};
