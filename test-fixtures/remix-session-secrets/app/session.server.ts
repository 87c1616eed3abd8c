import { createCookieSessionStorage, redirect } from '@remix-run/node';

type SessionData = { userId: string };

export const sessionStorage = createCookieSessionStorage<SessionData>({
  cookie: {
    name: '__quill_session',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: process.env.NODE_ENV === 'production',
    // signs the session cookie: anyone with the repository can mint a session for any user
    // expect: hardcoded-secret
    secrets: ['quill-s3ss10n-2024'],
  },
});

export async function requireUserId(request: Request): Promise<string> {
  const session = await sessionStorage.getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  if (!userId) throw redirect('/login');
  return userId;
}
