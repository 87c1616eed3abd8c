import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, batches } from '$lib/server/db';
import type { Actions } from './$types';

// The brewhouse tablet marks a batch as kegged; the tablet remembers its brewery in a cookie.
export const actions: Actions = {
  // expect: missing-auth
  kegged: async (event) => {
    const brewery = event.cookies.get('kiosk_brewery');
    if (!brewery) return fail(400, { message: 'Pick a brewery on this tablet first' });
    await db.update(batches).set({ status: 'kegged' }).where(eq(batches.id, event.params.batchId));
    redirect(303, `/kiosk/${brewery}`);
  },
};
