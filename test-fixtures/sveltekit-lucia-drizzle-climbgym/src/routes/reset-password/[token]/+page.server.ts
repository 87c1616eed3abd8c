import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { sha256 } from 'oslo/crypto';
import { encodeHex } from 'oslo/encoding';
import { db } from '$lib/server/db';
import { passwordResets, users } from '$lib/server/db/schema';
import { lucia } from '$lib/server/auth';
import { resetLimiter } from '$lib/server/limits';
import type { Actions, PageServerLoad } from './$types';

const newPasswordSchema = z.object({ password: z.string().min(10).max(200) });

async function findReset(token: string) {
  const tokenHash = encodeHex(await sha256(new TextEncoder().encode(token)));
  const [row] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash));
  return row && row.expiresAt > new Date() ? row : null;
}

// ok: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  if (!(await findReset(params.token))) error(404, 'This link has expired');
  return { form: await superValidate(zod(newPasswordSchema)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  default: async (event) => {
    if (await resetLimiter.isLimited(event)) return fail(429);
    const form = await superValidate(event.request, zod(newPasswordSchema));
    if (!form.valid) return fail(400, { form });
    const reset = await findReset(event.params.token);
    if (!reset) error(404, 'This link has expired');
    await db.update(users).set({ passwordHash: await hash(form.data.password) }).where(eq(users.id, reset.userId));
    await db.delete(passwordResets).where(eq(passwordResets.tokenHash, reset.tokenHash));
    await lucia.invalidateUserSessions(reset.userId);
    redirect(302, '/login');
  },
};
