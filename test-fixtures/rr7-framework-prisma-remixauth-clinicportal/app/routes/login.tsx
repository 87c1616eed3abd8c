import { Form, data, redirect, useActionData } from 'react-router';
import type { Route } from './+types/login';
import { authenticator, getStaffUser } from '~/lib/auth.server';
import { commitSession, getSession } from '~/lib/session.server';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  if (await getStaffUser(request)) return redirect('/portal');
  return null;
}

// Nothing slows down password guessing here.
// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  try {
    const staff = await authenticator.authenticate('staff-password', request);
    const session = await getSession(request.headers.get('Cookie'));
    session.set('staff', staff);
    const next = new URL(request.url).searchParams.get('next');
    const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/portal';
    return redirect(target, { headers: { 'Set-Cookie': await commitSession(session) } });
  } catch {
    return data({ error: 'Wrong email or password' }, { status: 401 });
  }
}

export default function Login() {
  const result = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="email" type="email" autoComplete="username" />
      <input name="password" type="password" autoComplete="current-password" />
      {result?.error ? <p role="alert">{result.error}</p> : null}
      <button type="submit">Sign in</button>
    </Form>
  );
}
