import { randomBytes, createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { users } from '../../database/schema';

// ok: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  rateLimit(event, { max: 3, windowMs: 15 * 60_000 });
  const { email } = await readValidatedBody(event, credentialsSchema.pick({ email: true }).parse);
  const user = await useDb().select().from(users).where(eq(users.email, email.toLowerCase())).get();
  if (user) {
    const token = randomBytes(32).toString('hex');
    // expect: token-logging
    console.info(`password reset requested for ${email}, token ${token}`);
    await useStorage('resets').setItem(createHash('sha256').update(token).digest('hex'), user.id, { ttl: 3600 });
  }
  return { ok: true };
});
