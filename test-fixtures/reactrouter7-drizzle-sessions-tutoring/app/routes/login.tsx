import { Form, data, redirect } from 'react-router';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { commitSession, getSession } from '~/session.server';
import type { Route } from './+types/login';

// ok: missing-auth
// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim().toLowerCase();
  const password = String(form.get('password') ?? '');
  const user = await db.query.users.findFirst({ where: eq(schema.users.email, email) });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    // ok: token-logging
    console.info('login failed', { email });
    return data({ error: 'Wrong email or password' }, { status: 401 });
  }
  const session = await getSession(request.headers.get('Cookie'));
  session.set('userId', user.id);
  return redirect('/lessons', { headers: { 'Set-Cookie': await commitSession(session) } });
}

export default function Login() {
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button>Sign in</button>
    </Form>
  );
}
