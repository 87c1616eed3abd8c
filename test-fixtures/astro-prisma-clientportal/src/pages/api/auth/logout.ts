import type { APIRoute } from 'astro';
import { invalidateSession, SESSION_COOKIE } from '../../../lib/auth';

// ok: missing-auth
export const POST: APIRoute = async ({ cookies, redirect }) => {
  const sessionId = cookies.get(SESSION_COOKIE)?.value;
  if (sessionId) await invalidateSession(sessionId);
  cookies.delete(SESSION_COOKIE, { path: '/' });
  return redirect('/login');
};
