import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { authenticator } from '~/auth.server';
import { getSession, getUserId, sessionStorage } from '~/session.server';

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUserId(request)) return redirect('/projects');
  return json({});
}

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export async function action({ request }: ActionFunctionArgs) {
  try {
    const userId = await authenticator.authenticate('user-pass', request);
    const session = await getSession(request);
    session.set('userId', userId);
    const redirectTo = new URL(request.url).searchParams.get('redirectTo') ?? '/projects';
    return redirect(redirectTo.startsWith('/') ? redirectTo : '/projects', {
      headers: { 'Set-Cookie': await sessionStorage.commitSession(session) },
    });
  } catch (error) {
    if (error instanceof Response) throw error;
    return json({ error: 'Invalid email or password' }, { status: 401 });
  }
}

export default function Login() {
  const data = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {data && 'error' in data ? <p role="alert">{data.error}</p> : null}
      <button type="submit">Sign in</button>
    </Form>
  );
}
