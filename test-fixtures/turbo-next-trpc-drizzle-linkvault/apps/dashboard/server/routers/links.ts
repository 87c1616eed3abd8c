import { TRPCError } from '@trpc/server';
import { and, desc, eq, exists, ilike, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { db, links, linkTags } from '../../db';
import { isTeamAdmin } from '../access';
import { authedProcedure, boardProcedure, publicProcedure, router, teamProcedure } from '../trpc';

type RestoreArgs = { id: string; teamScope?: string };

// shared with the support console, which restores links of any team (it passes no teamScope)
async function restoreLink({ id, teamScope }: RestoreArgs) {
  const filters = [eq(links.id, id)];
  if (teamScope) {
    filters.push(eq(links.teamId, teamScope));
  }
  // ok: unscoped-tenant-query
  const [found] = await db.select({ id: links.id }).from(links).where(and(...filters));
  if (!found) throw new TRPCError({ code: 'NOT_FOUND' });
  // ok: unscoped-tenant-query
  const link = await db.query.links.findFirst({ where: (t, { eq }) => eq(t.id, id) });
  await db.update(links).set({ archivedAt: null }).where(eq(links.id, found.id));
  return link;
}

export const linksRouter = router({
  // ok: missing-auth
  restore: teamProcedure
    .input(z.object({ teamId: z.string().uuid(), id: z.string().uuid() }))
    .mutation(({ ctx, input }) => restoreLink({ id: input.id, teamScope: ctx.team.id })),

  // the team filter is whatever the client sends
  // ok: missing-auth
  search: authedProcedure
    .input(z.object({ teamId: z.string().uuid().optional(), q: z.string().max(100) }))
    .query(async ({ input }) => {
      const conditions = [ilike(links.title, `%${input.q}%`)];
      if (input.teamId) conditions.push(eq(links.teamId, input.teamId));
      // expect: unscoped-tenant-query
      return db.select().from(links).where(and(...conditions)).limit(50);
    }),

  // ok: missing-auth
  list: teamProcedure
    .input(z.object({ teamId: z.string().uuid(), tag: z.string().max(50).optional() }))
    .query(async ({ ctx, input }) => {
      const where = [eq(links.teamId, ctx.team.id), isNull(links.archivedAt)];
      if (input.tag) {
        where.push(
          exists(
            // ok: unscoped-tenant-query
            db.select().from(linkTags).where(and(eq(linkTags.linkId, links.id), ilike(linkTags.label, `%${input.tag}%`))),
          ),
        );
      }
      return db.select().from(links).where(and(...where)).orderBy(desc(links.createdAt));
    }),

  // ok: missing-auth
  rename: teamProcedure
    .input(z.object({ teamId: z.string().uuid(), id: z.string().uuid(), title: z.string().max(120) }))
    .mutation(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const [row] = await db
        .update(links)
        .set({ title: input.title })
        .where(and(eq(links.id, input.id), eq(links.teamId, ctx.team.id)))
        .returning();
      if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
      return row;
    }),

  // the "archive" button of a shared board: the procedure forgot its guard
  // expect: missing-auth
  archive: publicProcedure.input(z.object({ id: z.string().uuid() })).mutation(async ({ input }) => {
    // (no session at all: missing-auth says it; unscoped-tenant-query speaks of signed-in callers)
    await db.update(links).set({ archivedAt: new Date() }).where(eq(links.id, input.id));
    return { ok: true };
  }),

  // a link's preview card: admins of its team also see the private title
  // expect: missing-auth
  preview: publicProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ ctx, input }) => {
    const link = await db.query.links.findFirst({ where: eq(links.id, input.id) });
    if (!link) throw new TRPCError({ code: 'NOT_FOUND' });
    const admin = ctx.user ? await isTeamAdmin(link.teamId, ctx.user.id) : false;
    return admin ? link : { id: link.id, url: link.url, title: null };
  }),

  // a link's tags, shown on the shared board; only team admins see who added them
  // expect: missing-auth
  tags: publicProcedure.input(z.object({ linkId: z.string().uuid() })).query(async ({ ctx, input }) => {
    const rows = await db.select().from(linkTags).where(eq(linkTags.linkId, input.linkId));
    const canSeeAll = ctx.user ? await isTeamAdmin(rows[0]?.teamId ?? '', ctx.user.id) : false;
    if (!canSeeAll) {
      return rows.map((r) => ({ id: r.id, label: r.label }));
    }
    return rows;
  }),

  // ok: missing-auth
  purge: authedProcedure.input(z.object({ id: z.string().uuid() })).mutation(async ({ ctx, input }) => {
    // known gap: the team-admin test below (a helper's membership lookup keyed by link.teamId and the caller, its
    // answer tested by a rejection) verifies this row's team; only a lookup written in the handler itself counts today
    // expect: unscoped-tenant-query
    const link = await db.query.links.findFirst({ where: eq(links.id, input.id) });
    if (!link) throw new TRPCError({ code: 'NOT_FOUND' });
    const admin = ctx.user ? await isTeamAdmin(link.teamId, ctx.user.id) : false;
    if (!admin) throw new TRPCError({ code: 'FORBIDDEN' });
    // ok: unscoped-tenant-query
    await db.delete(links).where(eq(links.id, link.id));
    return { ok: true };
  }),

  // the board's "is the service up" badge: the write middleware's user lookup does not run for a query
  // ok: missing-auth
  status: publicProcedure.query(() => ({ ok: true, at: new Date().toISOString() })),

  // a team's newest links: the board builder asks for a session on writes only, so any caller reads any team's links
  // expect: missing-auth
  recent: boardProcedure.input(z.object({ teamId: z.string().uuid() })).query(({ input }) =>
    db.select().from(links).where(eq(links.teamId, input.teamId)).orderBy(desc(links.createdAt)).limit(20),
  ),

  // ok: missing-auth
  ping: boardProcedure.mutation(() => ({ ok: true })),

  // ok: missing-auth
  mine: authedProcedure.query(() => ({ version: 1 })),
});
