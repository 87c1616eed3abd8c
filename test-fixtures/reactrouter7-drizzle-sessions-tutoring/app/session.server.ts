import { createCookieSessionStorage } from 'react-router';

// ok: insecure-cookie
export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__tutorhub',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    path: '/',
    // ok: hardcoded-secret
    secrets: [process.env.SESSION_SECRET!],
    maxAge: 60 * 60 * 24 * 7,
  },
});

export const { getSession, commitSession, destroySession } = sessionStorage;

// "remember this device" for the tutors' tablets
// expect: insecure-cookie
export const deviceStorage = createCookieSessionStorage({
  cookie: {
    name: '__tutorhub_device',
    path: '/',
    maxAge: 60 * 60 * 24 * 90,
    // expect: hardcoded-secret
    secrets: [process.env.DEVICE_SECRET ?? 'tutorhub-device-dev'],
  },
});
