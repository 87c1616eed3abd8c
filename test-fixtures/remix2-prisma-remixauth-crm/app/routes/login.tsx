import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form } from '@remix-run/react';
import { authenticator } from '~/session.server';

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  await authenticator.isAuthenticated(request, { successRedirect: '/contacts' });
  return null;
}

// ok: missing-auth
// expect: missing-rate-limit
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  // expect: token-logging
  console.log('login submit', Object.fromEntries(form));
  return authenticator.authenticate('form', request, {
    successRedirect: '/contacts',
    failureRedirect: '/login',
  });
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
