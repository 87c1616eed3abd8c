import { json, type ActionFunctionArgs } from '@remix-run/node';
import { Form } from '@remix-run/react';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { createUserSession } from '~/auth.server';
import { clientIp, signupLimiter } from '~/lib/ratelimit.server';

const SignupForm = z.object({
  teamName: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(12).max(200),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function action({ request }: ActionFunctionArgs) {
  const { success } = await signupLimiter.limit(clientIp(request));
  if (!success) return json({ error: 'Too many sign-ups from this address' }, { status: 429 });
  const parsed = SignupForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return json({ error: parsed.error.flatten().fieldErrors }, { status: 400 });
  const { teamName, name, email, password } = parsed.data;
  const user = await db.transaction(async (tx) => {
    const [team] = await tx.insert(schema.teams).values({ name: teamName }).returning();
    const [created] = await tx
      .insert(schema.users)
      .values({ teamId: team.id, name, email: email.toLowerCase(), passwordHash: await bcrypt.hash(password, 12), role: 'owner' })
      .returning();
    return created;
  });
  return createUserSession(user, '/shows');
}

export default function Signup() {
  return (
    <Form method="post">
      <input name="teamName" />
      <input name="name" />
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Create account</button>
    </Form>
  );
}
