import { createCookieSessionStorage } from 'react-router';

// The cookie was copied from the quick-start and never hardened for production.
// expect: insecure-cookie
export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__clinic_session',
    path: '/',
    sameSite: 'lax',
    // expect: hardcoded-secret
    secrets: ['physio-portal-s3cret-Xq81vLw0pZ7'],
    maxAge: 60 * 60 * 12,
  },
});

export const { getSession, commitSession, destroySession } = sessionStorage;
