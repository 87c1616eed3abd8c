import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { db, users, organizations, memberships } from '$lib/server/db';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import { signupSchema } from '$lib/schemas';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async () => {
  return { form: await superValidate(zod(signupSchema)) };
};

export const actions: Actions = {
  // expect: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  default: async (event) => {
    const form = await superValidate(event.request, zod(signupSchema));
    if (!form.valid) return fail(400, { form });

    const userId = crypto.randomUUID();
    const orgId = crypto.randomUUID();
    const passwordHash = await hash(form.data.password);

    // ok: token-logging
    console.log('new signup', { email: form.data.email, brewery: form.data.breweryName });

    await db.transaction(async (tx) => {
      await tx.insert(users).values({ id: userId, email: form.data.email.toLowerCase(), name: form.data.name, passwordHash });
      await tx.insert(organizations).values({
        id: orgId,
        name: form.data.breweryName,
        slug: form.data.breweryName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      });
      await tx.insert(memberships).values({ orgId, userId, role: 'owner' });
    });

    const token = generateSessionToken();
    const session = await createSession(token, userId);
    setSessionTokenCookie(event, token, session.expiresAt);
    redirect(303, `/app/orgs/${orgId}/batches`);
  },
};
