import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { z } from 'zod';
import { env } from '$env/dynamic/public';
import { db, users, passwordResets } from '$lib/server/db';
import { authLimiter } from '$lib/server/rate-limit';
import { sendMail } from '$lib/server/mail';
import type { Actions } from './$types';

const requestSchema = z.object({ email: z.string().email() });

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  default: async (event) => {
    if (await authLimiter.isLimited(event)) return fail(429, { error: 'Slow down' });

    const parsed = requestSchema.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { error: 'Enter a valid email' });

    const user = await db.query.users.findFirst({ where: eq(users.email, parsed.data.email.toLowerCase()) });
    if (user) {
      const resetToken = crypto.randomUUID().replaceAll('-', '');
      const tokenHash = encodeHexLowerCase(sha256(new TextEncoder().encode(resetToken)));
      auditResetIssued(user.id, tokenHash);
      await db.insert(passwordResets).values({
        tokenHash,
        userId: user.id,
        expiresAt: new Date(Date.now() + 30 * 60 * 1000),
      });
      const link = `${env.PUBLIC_APP_URL}/reset-password/${resetToken}`;
      // expect: token-logging
      console.log(`password reset requested for ${user.email}: ${link}`);
      await sendMail(user.email, 'Reset your BrewLog password', `Reset it here: ${link}`);
    }
    return { sent: true };
  },
};

// the stored hash identifies the reset in the audit trail; the token itself never reaches the log
function auditResetIssued(userId: string, tokenHash: string) {
  // ok: token-logging
  console.info(`password reset issued for user ${userId} (token hash ${tokenHash})`);
}
