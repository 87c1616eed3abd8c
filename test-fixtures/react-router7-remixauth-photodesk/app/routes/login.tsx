import { Form, redirect, data, useActionData } from 'react-router';
import type { Route } from './+types/login';
import { authenticator, getSessionUser } from '~/lib/auth.server';
import { commitSession, getSession } from '~/lib/session.server';

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getSessionUser(request);
  if (user) return redirect('/albums');
  return null;
}

// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const form = await request.clone().formData();
  // expect: token-logging
  console.info('login attempt', Object.fromEntries(form));
  try {
    const user = await authenticator.authenticate('user-pass', request);
    const session = await getSession(request.headers.get('Cookie'));
    session.set('user', user);
    return redirect('/albums', { headers: { 'Set-Cookie': await commitSession(session) } });
  } catch (error) {
    return data({ error: 'Invalid email or password' }, { status: 401 });
  }
}

export default function Login() {
  const result = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      {result?.error ? <p>{result.error}</p> : null}
      <button type="submit">Sign in</button>
    </Form>
  );
}
