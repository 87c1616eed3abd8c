import { error, redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { handle as authHandle } from './auth';

const guardApp: Handle = async ({ event, resolve }) => {
  const { pathname } = event.url;
  // the rota pages live in the (staff) route group
  if (event.route.id?.startsWith('/(staff)')) {
    const session = await event.locals.auth();
    if (!session?.user) redirect(303, '/signin');
  }
  if (pathname.startsWith('/app')) {
    const session = await event.locals.auth();
    if (!session?.user) {
      redirect(303, `/signin?callbackUrl=${encodeURIComponent(pathname)}`);
    }
    if (pathname.startsWith('/app/admin') && (session.user as any).role !== 'ADMIN') {
      error(403, 'Admins only');
    }
  }
  return resolve(event);
};

export const handle = sequence(authHandle, guardApp);
