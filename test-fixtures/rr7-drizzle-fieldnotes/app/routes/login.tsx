import { Form, redirect, data } from 'react-router';
import { eq } from 'drizzle-orm';
import bcrypt from 'bcryptjs';
import type { Route } from './+types/login';
import { db, schema } from '../db/client.server';
import { commitSession, getSession } from '../sessions.server';

export async function loader({ request }: Route.LoaderArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  if (session.has('userId')) return redirect('/sites');
  return data({ error: session.get('error') ?? null });
}

// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get('email') ?? '').toLowerCase();
  const password = String(form.get('password') ?? '');
  const user = await db.query.users.findFirst({ where: eq(schema.users.email, email) });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return data({ error: 'Invalid email or password' }, { status: 400 });
  }
  const session = await getSession(request.headers.get('Cookie'));
  session.set('userId', user.id);
  return redirect('/sites', { headers: { 'Set-Cookie': await commitSession(session) } });
}

export default function Login({ actionData }: Route.ComponentProps) {
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      {actionData?.error ? <p>{actionData.error}</p> : null}
      <button type="submit">Sign in</button>
    </Form>
  );
}
