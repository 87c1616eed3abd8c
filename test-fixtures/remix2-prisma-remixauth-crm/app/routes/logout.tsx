import type { ActionFunctionArgs } from '@remix-run/node';
import { authenticator } from '~/session.server';

// ok: missing-auth
export async function action({ request }: ActionFunctionArgs) {
  return authenticator.logout(request, { redirectTo: '/login' });
}
