import { createServerFn } from '@tanstack/react-start';
import { setCookie, getRequestHeaders } from '@tanstack/react-start/server';
import { z } from 'zod';
import { auth } from '../lib/auth';

const SignIn = z.object({ email: z.string().email(), password: z.string().min(8) });

// expect: missing-rate-limit
export const signIn = createServerFn({ method: 'POST' })
  .inputValidator(SignIn)
  .handler(async ({ data }) => {
    // expect: token-logging
    console.log('sign-in attempt', data.email, data.password);
    const res = await auth.api.signInEmail({ body: data, asResponse: false });
    // ok: insecure-cookie
    setCookie('orbit_session', res.token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
    return { ok: true };
  });

// the embedded widget reads this token from script
// ok: missing-auth
export const issueWidgetToken = createServerFn({ method: 'POST' }).handler(async () => {
  const session = await auth.api.getSession({ headers: getRequestHeaders() });
  if (!session) throw new Error('Unauthorized');
  // expect: insecure-cookie
  setCookie('orbit_widget_token', session.session.token, { path: '/', sameSite: 'none' });
  return { ok: true };
});

// ok: missing-auth
export const getTheme = createServerFn({ method: 'GET' }).handler(async () => {
  return { theme: 'light' };
});
