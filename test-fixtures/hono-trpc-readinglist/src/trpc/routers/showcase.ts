import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { books, shelves } from "../../db/schema";
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

  // the quota middleware in front is no sign-in: anyone can delete any book
  // expect: missing-auth
  removeBook: publicProcedure
    .input(z.object({ bookId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.delete(books).where(eq(books.id, input.bookId));
    }),
});
