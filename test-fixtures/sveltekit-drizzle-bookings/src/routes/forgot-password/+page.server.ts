import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import * as v from 'valibot';
import { db } from '$lib/server/db';
import { passwordResets, users } from '$lib/server/db/schema';
import { credentialLimiter } from '$lib/server/rate-limit';
import { sendMail } from '$lib/server/mail';
import type { Actions } from './$types';

const ResetRequest = v.object({ email: v.pipe(v.string(), v.trim(), v.email()) });

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit
  default: async (event) => {
    if (await credentialLimiter.isLimited(event)) return fail(429, { message: 'Too many requests' });
    const parsed = v.safeParse(ResetRequest, Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Enter a valid email' });

    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, parsed.output.email));
    // same answer whether or not the account exists
    if (!user) return { sent: true };

    const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
    await db.insert(passwordResets).values({
      tokenHash: encodeHexLowerCase(sha256(new TextEncoder().encode(token))),
      userId: user.id,
      expiresAt: new Date(Date.now() + 1000 * 60 * 30),
    });
    const link = `${event.url.origin}/reset-password/${token}`;
    // left in from local testing without an SMTP server
    // expect: token-logging
    console.log(`password reset for ${parsed.output.email}: ${link}`);
    await sendMail(parsed.output.email, 'Reset your password', `Open ${link} within 30 minutes.`);
    return { sent: true };
  },
};
