import { redirect } from 'react-router';
import { sessionStorage } from '~/sessions.server';
import type { Route } from './+types/logout';

export async function action({ request }: Route.ActionArgs) {
  const session = await sessionStorage.getSession(request.headers.get('Cookie'));
  return redirect('/login', { headers: { 'Set-Cookie': await sessionStorage.destroySession(session) } });
}
