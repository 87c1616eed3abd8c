import { createCookieSessionStorage } from 'react-router';

type SessionData = { userId: string };
type SessionFlashData = { error: string };

export const sessionStorage = createCookieSessionStorage<SessionData, SessionFlashData>({
  cookie: {
    name: '__fieldnotes_session',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    // expect: hardcoded-secret
    secrets: [process.env.SESSION_SECRET ?? 'fieldnotes-local-secret'],
    secure: process.env.NODE_ENV === 'production',
    maxAge: 60 * 60 * 24 * 14,
  },
});

export const { getSession, commitSession, destroySession } = sessionStorage;
