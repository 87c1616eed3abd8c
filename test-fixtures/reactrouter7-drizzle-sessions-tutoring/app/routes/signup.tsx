import { Form, data, redirect } from 'react-router';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { commitSession, getSession } from '~/session.server';
import type { Route } from './+types/signup';

const Signup = z.object({
  email: z.string().email(),
  password: z.string().min(12),
  centerName: z.string().min(2).max(80),
});

// ok: missing-auth
// ok: missing-input-validation
// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const form = Object.fromEntries(await request.formData());
  // expect: token-logging
  console.log('signup', form);
  const parsed = Signup.safeParse(form);
  if (!parsed.success) return data({ errors: parsed.error.flatten() }, { status: 400 });
  const orgId = crypto.randomUUID();
  await db.insert(schema.organizations).values({ id: orgId, name: parsed.data.centerName });
  const userId = crypto.randomUUID();
  await db.insert(schema.users).values({
    id: userId,
    email: parsed.data.email,
    passwordHash: await bcrypt.hash(parsed.data.password, 12),
    role: 'admin',
    organizationId: orgId,
  });
  const session = await getSession(request.headers.get('Cookie'));
  session.set('userId', userId);
  return redirect('/lessons', { headers: { 'Set-Cookie': await commitSession(session) } });
}

export default function SignupPage() {
  return <Form method="post"><input name="email" /><input name="password" type="password" /><input name="centerName" /></Form>;
}
