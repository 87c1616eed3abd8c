import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { books, shelfInvites, shelves } from "../../db/schema";
import { publicProcedure, router } from "../init";

// shelves their owners made public, readable by anyone with the link
export const showcaseRouter = router({
  shelf: publicProcedure
    .input(z.object({ shelfId: z.string() }))
    .query(async ({ ctx, input }) => {
      const shelf = await ctx.db.query.shelves.findFirst({
        where: and(eq(shelves.id, input.shelfId), eq(shelves.public, true)),
        columns: { id: true, name: true },
      });
      return shelf ?? null;
    }),

  // the join page: the invitation's id is the unguessable token in the emailed link
  // ok: missing-auth
  invitation: publicProcedure
    .input(z.object({ token: z.string().min(20) }))
    .query(async ({ ctx, input }) => {
      const invite = await ctx.db.query.shelfInvites.findFirst({
        where: eq(shelfInvites.id, input.token),
        columns: { email: true, expiresAt: true, shelfId: true },
      });
      if (!invite) return null;
      const shelf = await ctx.db.query.shelves.findFirst({
        where: eq(shelves.id, invite.shelfId),
        columns: { name: true },
      });
      return { email: invite.email, expiresAt: invite.expiresAt, shelfName: shelf?.name ?? "" };
    }),

  // any shelf's books by its id, public or not
  // expect: missing-auth
  shelfBooks: publicProcedure
    .input(z.object({ shelfId: z.string() }))
    .query(async ({ ctx, input }) => {
      return ctx.db.query.books.findMany({ where: eq(books.shelfId, input.shelfId) });
    }),

  // the quota middleware in front is no sign-in: anyone can delete any book
  // expect: missing-auth
  removeBook: publicProcedure
    .input(z.object({ bookId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.delete(books).where(eq(books.id, input.bookId));
    }),
});
