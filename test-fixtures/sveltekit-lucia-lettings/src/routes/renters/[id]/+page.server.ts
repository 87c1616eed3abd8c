import { error, fail, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, leases } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  if (!locals.user) redirect(303, '/login');
  // expect: unscoped-tenant-query
  const [lease] = await db.select({ renterName: leases.renterName, renterEmail: leases.renterEmail }).from(leases).where(eq(leases.id, params.id));
  if (!lease) error(404, 'Not found');
  return { lease };
}) satisfies PageServerLoad;

const ContactForm = z.object({ renterEmail: z.string().email() });

export const actions = {
  // ok: missing-auth, missing-input-validation
  contact: async ({ locals, params, request }) => {
    if (!locals.user) redirect(303, '/login');
    const parsed = ContactForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Enter a valid email' });
    // ok: unscoped-tenant-query
    await db.update(leases).set({ renterEmail: parsed.data.renterEmail }).where(and(eq(leases.id, params.id), eq(leases.orgId, locals.user.orgId)));
    return { saved: true };
  },
  // expect: missing-auth
  forget: async ({ params }) => {
    await db.update(leases).set({ renterEmail: '' }).where(eq(leases.id, params.id));
    return { forgotten: true };
  },
} satisfies Actions;
