import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, units } from '$lib/server/db';
import type { RequestHandler } from './$types';

const RentChange = z.object({ rentPence: z.number().int().min(0).max(10_000_000) });

export const PATCH: RequestHandler = async ({ params, request, locals }) => {
  if (!locals.session) return new Response('Unauthorized', { status: 401 });
  const body = RentChange.parse(await request.json());
  try {
    // ok: unscoped-tenant-query
    const [unit] = await db
      .update(units)
      .set({ rentPence: body.rentPence })
      .where(and(eq(units.id, params.id), eq(units.orgId, locals.user!.orgId)))
      .returning();
    if (!unit) error(404, 'Unit not found');
    return json(unit);
  } catch (err) {
    // expect: error-details-leak
    error(500, { message: `Could not update rent: ${(err as Error).message}` });
  }
};
