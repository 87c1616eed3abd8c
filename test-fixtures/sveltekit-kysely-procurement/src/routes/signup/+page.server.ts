import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import * as v from 'valibot';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { Actions } from './$types';

const SignupForm = v.object({
  organization: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
  name: v.pipe(v.string(), v.minLength(1)),
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(12)),
});

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const parsed = v.safeParse(SignupForm, Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { issues: v.flatten(parsed.issues).nested });
    const input = parsed.output;
    const orgId = crypto.randomUUID();
    const userId = crypto.randomUUID();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('organizations').values({ id: orgId, name: input.organization, plan: 'free', stripe_customer_id: null }).execute();
      await trx
        .insertInto('users')
        .values({ id: userId, email: input.email.toLowerCase(), name: input.name, organization_id: orgId, role: 'org_admin', is_platform_admin: false, password_hash: await hash(input.password) })
        .execute();
    });
    const token = generateSessionToken();
    const session = await createSession(token, userId);
    setSessionTokenCookie(cookies, token, session.expires_at);
    redirect(303, '/requests');
  },
};
