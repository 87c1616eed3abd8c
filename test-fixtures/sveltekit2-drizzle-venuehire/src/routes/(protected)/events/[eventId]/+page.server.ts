import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, events, invoices } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// the (protected) layout's redirect runs beside this load, not before it
// expect: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  const [event] = await db.select().from(events).where(eq(events.id, params.eventId));
  if (!event) error(404);
  const eventInvoices = await db.select().from(invoices).where(eq(invoices.eventId, event.id));
  return { event, invoices: eventInvoices };
};

export const actions: Actions = {
  cancel: async ({ locals, params }) => {
    requireUser(locals);
    // expect: unscoped-tenant-query
    await db.update(events).set({ status: 'cancelled' }).where(eq(events.id, params.eventId));
    return { cancelled: true };
  },

  // form actions are POSTs of their own: the layout protects none of them
  // expect: missing-auth, missing-input-validation
  saveNotes: async ({ params, request }) => {
    const form = await request.formData();
    await db.update(events).set({ notes: String(form.get('notes') ?? '') }).where(eq(events.id, params.eventId));
    return { saved: true };
  },
};
