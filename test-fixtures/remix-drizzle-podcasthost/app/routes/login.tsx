import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { z } from 'zod';
import { createUserSession, getUserId, verifyLogin } from '~/auth.server';

const LoginForm = z.object({ email: z.string().email(), password: z.string().min(1), redirectTo: z.string().startsWith('/').default('/shows') });

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUserId(request)) return json({ signedIn: true });
  return json({ signedIn: false });
}

// expect: missing-rate-limit
export async function action({ request }: ActionFunctionArgs) {
  const parsed = LoginForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return json({ error: 'Enter your email and password' }, { status: 400 });
  const user = await verifyLogin(parsed.data.email, parsed.data.password);
  if (!user) return json({ error: 'Invalid email or password' }, { status: 401 });
  return createUserSession(user, parsed.data.redirectTo);
}

export default function Login() {
  const data = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      {data && 'error' in data ? <p role="alert">{data.error}</p> : null}
      <button type="submit">Sign in</button>
    </Form>
  );
}
