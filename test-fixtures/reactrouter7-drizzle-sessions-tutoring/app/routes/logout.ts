import { redirect } from 'react-router';
import { destroySession, getSession } from '~/session.server';
import type { Route } from './+types/logout';

// ok: missing-auth
export async function action({ request }: Route.ActionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  return redirect('/', { headers: { 'Set-Cookie': await destroySession(session) } });
}
