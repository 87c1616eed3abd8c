import { randomBytes } from 'node:crypto';

export const actions = {
  // SvelteKit's cookies are httpOnly and secure unless told otherwise
  // ok: missing-auth
  reveal: async ({ cookies }) => {
    const token = randomBytes(24).toString('hex');
    // ok: insecure-cookie
    cookies.set('api_token', token, { path: '/settings/api-access', maxAge: 300 });
    return { shown: true };
  },
  // the browser-side API client reads this one, so it was made readable by scripts
  // ok: missing-auth
  share: async ({ cookies }) => {
    const token = randomBytes(24).toString('hex');
    // expect: insecure-cookie
    cookies.set('client_refresh_token', token, { path: '/', httpOnly: false });
    return { shared: true };
  },
};
