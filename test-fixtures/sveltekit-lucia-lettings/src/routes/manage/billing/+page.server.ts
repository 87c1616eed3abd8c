import { redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { stripe } from '$lib/server/stripe';
import { db, organizations } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// expect: missing-role-check
export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(303, '/login');
  // ok: unscoped-tenant-query
  const [org] = await db.select().from(organizations).where(eq(organizations.id, locals.user.orgId));
  return { org };
};

export const actions: Actions = {
  // ok: missing-role-check, missing-input-validation
  portal: async ({ locals, url }) => {
    if (!locals.user) redirect(303, '/login');
    if (locals.user.role !== 'admin') redirect(303, '/app');
    const session = await stripe.billingPortal.sessions.create({ customer: locals.user.orgId, return_url: `${url.origin}/manage/billing` });
    redirect(303, session.url);
  },
};
