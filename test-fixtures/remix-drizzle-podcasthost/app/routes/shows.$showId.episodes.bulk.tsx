import { json, type ActionFunctionArgs } from '@remix-run/node';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireUser } from '~/auth.server';

const Bulk = z.object({ ids: z.array(z.string().uuid()).min(1).max(100), intent: z.enum(['delete', 'unpublish']) });

// ok: missing-auth, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { ids, intent } = Bulk.parse(await request.json());
  if (intent === 'delete') {
    // expect: unscoped-tenant-query
    await db.delete(schema.episodes).where(inArray(schema.episodes.id, ids));
  } else {
    // ok: unscoped-tenant-query
    await db
      .update(schema.episodes)
      .set({ status: 'draft', publishedAt: null })
      .where(and(inArray(schema.episodes.id, ids), eq(schema.episodes.teamId, user.teamId)));
  }
  try {
    return json({ done: ids.length });
  } catch (error) {
    if (error instanceof z.ZodError) {
      // ok: error-details-leak
      return json({ errors: error.flatten() }, { status: 400 });
    }
    throw error;
  }
}
