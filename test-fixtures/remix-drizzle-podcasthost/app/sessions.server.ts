import { createCookie, createCookieSessionStorage } from '@remix-run/node';

type SessionData = { userId: string; teamId: string };
type SessionFlash = { error: string };

export const sessionStorage = createCookieSessionStorage<SessionData, SessionFlash>({
  cookie: {
    name: '__castbay_session',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    secrets: [process.env.SESSION_SECRET!],
    maxAge: 60 * 60 * 24 * 14,
  },
});

// share links for unpublished episodes remember which episode the guest unlocked
// expect: insecure-cookie
export const previewSessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__castbay_preview_session',
    path: '/preview',
    // expect: hardcoded-secret
    secrets: ['castbay-preview-links'],
  },
});

// long-lived device cookie: lets a returning user skip the email step
// expect: insecure-cookie
export const rememberMeCookie = createCookie('castbay_remember', {
  maxAge: 60 * 60 * 24 * 90,
  secrets: [process.env.SESSION_SECRET!],
});

export const { getSession, commitSession, destroySession } = sessionStorage;
