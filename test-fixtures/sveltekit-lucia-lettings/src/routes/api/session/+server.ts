import { json } from '@sveltejs/kit';
import { lucia } from '$lib/server/auth';
import type { RequestHandler } from './$types';

// the mobile app swaps its bearer session for a cookie when it opens the web view
// ok: missing-auth
export const POST: RequestHandler = async ({ request, cookies }) => {
  const sessionId = lucia.readBearerToken(request.headers.get('authorization') ?? '');
  if (!sessionId) return new Response(null, { status: 401 });
  const { session } = await lucia.validateSession(sessionId);
  if (!session) return new Response(null, { status: 401 });
  // expect: insecure-cookie
  cookies.set('webview_session', session.id, { path: '/', secure: false, httpOnly: true, sameSite: 'lax' });
  return json({ ok: true });
};
