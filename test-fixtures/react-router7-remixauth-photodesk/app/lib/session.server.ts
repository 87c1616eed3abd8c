import { createCookieSessionStorage } from 'react-router';

// ok: insecure-cookie
export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__photodesk',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    // ok: hardcoded-secret
    secrets: [process.env.SESSION_SECRET!],
    secure: process.env.NODE_ENV === 'production',
  },
});

export const { getSession, commitSession, destroySession } = sessionStorage;
