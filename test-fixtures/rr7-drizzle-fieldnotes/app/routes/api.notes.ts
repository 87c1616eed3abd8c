import { data } from 'react-router';
import { and, eq } from 'drizzle-orm';
import type { Route } from './+types/api.notes';
import { db, schema } from '../db/client.server';
import { requireUser, requireUserId } from '../auth.server';

// used by the offline-capable mobile client
// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const userId = await requireUserId(request);
  // ok: unscoped-tenant-query
  const mine = await db.select().from(schema.notes).where(eq(schema.notes.authorId, userId));
  return Response.json(mine);
}

// expect: missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  if (request.method === 'DELETE') {
    const { id } = (await request.json()) as { id: string };
    // ok: unscoped-tenant-query
    await db.delete(schema.notes).where(and(eq(schema.notes.id, id), eq(schema.notes.authorId, user.id)));
    return new Response(null, { status: 204 });
  }
  const payload = await request.json();
  try {
    const [note] = await db
      .insert(schema.notes)
      .values({ ...payload, orgId: user.orgId, authorId: user.id })
      .returning();
    return data(note, { status: 201 });
  } catch (err) {
    // expect: error-details-leak
    return data({ error: (err as Error).message }, { status: 500 });
  }
}
