import { Form } from 'react-router';
import { eq } from 'drizzle-orm';
import jwt from 'jsonwebtoken';
import type { Route } from './+types/forgot-password';
import { db, schema } from '../db/client.server';
import { rateLimit } from '../ratelimit.server';

// ok: missing-auth, missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  await rateLimit(request);
  const form = await request.formData();
  const email = String(form.get('email') ?? '').toLowerCase();
  const user = await db.query.users.findFirst({ where: eq(schema.users.email, email) });
  if (user) {
    const resetToken = jwt.sign({ sub: user.id }, process.env.RESET_TOKEN_SECRET!, { expiresIn: '30m' });
    // expect: token-logging
    console.log('password reset requested', { email, resetToken });
  }
  return { sent: true };
}

export default function ForgotPassword() {
  return (
    <Form method="post">
      <input name="email" type="email" />
      <button type="submit">Send reset link</button>
    </Form>
  );
}
