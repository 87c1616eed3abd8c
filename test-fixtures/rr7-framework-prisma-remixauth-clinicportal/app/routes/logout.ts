import { redirect } from 'react-router';
import type { Route } from './+types/logout';
import { destroySession, getSession } from '~/lib/session.server';

// ok: missing-auth
export async function action({ request }: Route.ActionArgs) {
  const cookie = request.headers.get('Cookie');
  // expect: token-logging
  console.log('logout', { cookie, at: new Date().toISOString() });
  const session = await getSession(cookie);
  return redirect('/', { headers: { 'Set-Cookie': await destroySession(session) } });
}

export function loader() {
  return redirect('/');
}
