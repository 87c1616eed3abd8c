import { Form, redirect, data } from 'react-router';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { sessionStorage } from '~/sessions.server';
import type { Route } from './+types/login';

// ok: missing-auth
// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  // expect: token-logging
  console.log('login attempt', Object.fromEntries(form));
  const email = String(form.get('email') ?? '').toLowerCase();
  const password = String(form.get('password') ?? '');
  const user = await db.query.users.findFirst({ where: eq(schema.users.email, email) });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    // ok: token-logging
    console.warn('failed login', { email });
    return data({ error: 'Invalid email or password' }, { status: 401 });
  }
  const session = await sessionStorage.getSession(request.headers.get('Cookie'));
  session.set('userId', user.id);
  return redirect('/jobs', { headers: { 'Set-Cookie': await sessionStorage.commitSession(session) } });
}

export default function Login() {
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Sign in</button>
    </Form>
  );
}
