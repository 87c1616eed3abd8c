import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";

import { books, shelfInvites, shelves } from "../../db/schema";
import { assertShelfOwner, bookById, insertBook } from "../../lib/shelves";
import { router, scopedProcedure } from "../init";

const shelvesProcedure = scopedProcedure("shelves");

export const shelvesRouter = router({
  // ok: missing-auth
  list: shelvesProcedure.query(async ({ ctx }) => {
    return ctx.db.query.shelves.findMany({ where: eq(shelves.userId, ctx.user.id) });
  }),

  // ok: missing-auth
  create: shelvesProcedure
    .input(z.object({ name: z.string().min(1).max(80) }))
    .mutation(async ({ ctx, input }) => {
      const id = crypto.randomUUID();
      await ctx.db.insert(shelves).values({ id, userId: ctx.user.id, name: input.name });
      return { id };
    }),

  // the new book read back by the id the database gave it
  // ok: missing-auth
  addBook: shelvesProcedure
    .input(z.object({ shelfId: z.string(), title: z.string().min(1).max(300) }))
    .mutation(async ({ ctx, input }) => {
      await assertShelfOwner(ctx.user.id, input.shelfId);
      const book = await insertBook(input);
      return bookById(book.id);
    }),

  // ok: missing-auth
  rename: shelvesProcedure
    .input(z.object({ shelfId: z.string(), name: z.string().min(1).max(80) }))
    .mutation(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      await ctx.db
        .update(shelves)
        .set({ name: input.name })
        .where(and(eq(shelves.id, input.shelfId), eq(shelves.userId, ctx.user.id)));
    }),

  // ok: missing-auth
  moveBook: shelvesProcedure
    .input(z.object({ bookId: z.string(), shelfId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      // expect: unscoped-tenant-query
      await ctx.db.update(books).set({ shelfId: input.shelfId }).where(eq(books.id, input.bookId));
    }),

  // the signed-in quota in front limits invitations too
  // ok: missing-auth, missing-rate-limit
  inviteReader: shelvesProcedure
    .input(z.object({ shelfId: z.string(), email: z.string().email() }))
    .mutation(async ({ ctx, input }) => {
      const shelf = await ctx.db.query.shelves.findFirst({
        where: and(eq(shelves.id, input.shelfId), eq(shelves.userId, ctx.user.id)),
      });
      if (!shelf) return { sent: false };
      console.info(`invitation to shelf ${shelf.id} queued`);
      return { sent: true };
    }),

  // the invitee, signed in, follows the emailed link: the invitation's id is the link's secret
  // ok: missing-auth
  acceptInvite: shelvesProcedure
    .input(z.object({ token: z.string().min(20) }))
    .mutation(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const invite = await ctx.db.query.shelfInvites.findFirst({ where: eq(shelfInvites.id, input.token) });
      if (!invite || invite.expiresAt < new Date()) return { joined: false };
      // ok: unscoped-tenant-query
      await ctx.db.delete(shelfInvites).where(sql`${shelfInvites.id} = ${input.token}`);
      return { joined: true, shelfId: invite.shelfId };
    }),
});
