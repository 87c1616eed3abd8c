import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, recipes } from '$lib/server/db';
import { requireUser, requireMembership } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  await requireMembership(user.id, event.params.orgId);
  // ok: unscoped-tenant-query
  const recipe = await db.query.recipes.findFirst({
    where: and(eq(recipes.id, event.params.recipeId), eq(recipes.orgId, event.params.orgId)),
  });
  if (!recipe) error(404, 'Recipe not found');
  return json(recipe);
};

// expect: missing-input-validation
// ok: missing-auth
export const PUT: RequestHandler = async (event) => {
  const user = requireUser(event);
  await requireMembership(user.id, event.params.orgId, ['owner', 'brewer']);
  const body = await event.request.json();
  // ok: unscoped-tenant-query
  const [recipe] = await db
    .update(recipes)
    .set({ name: body.name, style: body.style, notes: body.notes, isPublic: Boolean(body.isPublic) })
    .where(and(eq(recipes.id, event.params.recipeId), eq(recipes.orgId, event.params.orgId)))
    .returning();
  if (!recipe) error(404, 'Recipe not found');
  return json(recipe);
};
