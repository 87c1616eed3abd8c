import { generateIdFromEntropySize } from 'lucia';
import { db, properties } from '$lib/server/db';
import type { Actions } from './$types';

export const actions: Actions = {
  // expect: missing-input-validation
  default: async ({ request, locals }) => {
    const fields = Object.fromEntries(await request.formData());
    await db.insert(properties).values({ ...(fields as { address: string; postcode: string }), id: generateIdFromEntropySize(10), orgId: locals.user!.orgId });
    return { imported: 1 };
  },
};
