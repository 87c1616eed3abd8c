import { fail } from '@sveltejs/kit';
import { superValidate, message } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { sha256 } from 'oslo/crypto';
import { encodeHex } from 'oslo/encoding';
import { db } from '$lib/server/db';
import { passwordResets, users } from '$lib/server/db/schema';
import { resetLimiter } from '$lib/server/limits';
import { sendMail } from '$lib/server/mail';
import type { Actions, PageServerLoad } from './$types';

const requestSchema = z.object({ email: z.string().email() });

export const load: PageServerLoad = async () => ({ form: await superValidate(zod(requestSchema)) });

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  default: async (event) => {
    if (await resetLimiter.isLimited(event)) return fail(429);
    const form = await superValidate(event.request, zod(requestSchema));
    if (!form.valid) return fail(400, { form });
    const [user] = await db.select().from(users).where(eq(users.email, form.data.email.toLowerCase()));
    if (user) {
      const token = generateIdFromEntropySize(25);
      const tokenHash = encodeHex(await sha256(new TextEncoder().encode(token)));
      await db.insert(passwordResets).values({ tokenHash, userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
      const url = `${event.url.origin}/reset-password/${token}`;
      // expect: token-logging
      console.info(`password reset for ${user.email}: ${url}`);
      await sendMail(user.email, 'Reset your password', url);
    }
    return message(form, 'If that address exists, a link is on its way.');
  },
};
