import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
// ok: public-env-secret
import { PUBLIC_STRIPE_PUBLISHABLE_KEY } from '$env/static/public';
import { db, recipes } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// Public recipe card: /share/<recipe id> works only for recipes marked public.
// ok: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  // ok: unscoped-tenant-query
  const recipe = await db.query.recipes.findFirst({
    where: and(eq(recipes.id, params.token), eq(recipes.isPublic, true)),
  });
  if (!recipe) error(404, 'Recipe not found');
  return { recipe: { name: recipe.name, style: recipe.style, notes: recipe.notes }, stripeKey: PUBLIC_STRIPE_PUBLISHABLE_KEY };
};
