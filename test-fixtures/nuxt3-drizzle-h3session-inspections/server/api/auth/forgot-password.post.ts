import { eq } from 'drizzle-orm';
import { z } from 'zod';

// ok: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  await assertRateLimit(event, 'reset');
  const { email } = await readValidatedBody(event, z.object({ email: z.string().email() }).parse);
  const user = await db.query.users.findFirst({ where: eq(tables.users.email, email.toLowerCase()) });
  if (user) {
    const resetToken = crypto.randomUUID();
    await useStorage('kv').setItem(`reset:${resetToken}`, user.id, { ttl: 3600 });
    // expect: token-logging
    console.log(`[auth] reset link for ${email}: /reset?token=${resetToken}`);
  }
  return { ok: true };
});
