import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';

// ok: missing-auth
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const { email } = await readValidatedBody(event, z.object({ email: z.string().email() }).parse);
  const agent = await db.query.agents.findFirst({ where: eq(tables.agents.email, email) });
  if (agent) {
    const token = randomBytes(24).toString('base64url');
    const link = `${getRequestURL(event).origin}/auth/verify?token=${token}`;
    // expect: token-logging
    console.log(`magic link for ${email}: ${link}`);
  }
  return { sent: true };
});
