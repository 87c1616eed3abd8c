import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { cards, db } from '@/db';
import { withTeam } from '@/lib/with-team';

const BulkMove = z.object({ ids: z.array(z.string().uuid()).max(100), columnId: z.enum(['todo', 'doing', 'done']) });

// ok: missing-auth, missing-input-validation
export const PATCH = withTeam(async (req, { teamId }) => {
  const { ids, columnId } = BulkMove.parse(await req.json());
  // ok: unscoped-tenant-query
  const moved = await db
    .update(cards)
    .set({ columnId })
    .where(and(inArray(cards.id, ids), eq(cards.teamId, teamId)))
    .returning({ id: cards.id });
  return Response.json({ moved: moved.length });
});

const BulkArchive = z.object({ ids: z.array(z.string().uuid()).max(100) });

// ok: missing-auth, missing-input-validation
export const DELETE = withTeam(async (req) => {
  const { ids } = BulkArchive.parse(await req.json());
  // the team was checked, but the ids are not tied to it
  // expect: unscoped-tenant-query
  await db.update(cards).set({ archived: true }).where(inArray(cards.id, ids));
  return new Response(null, { status: 204 });
});
