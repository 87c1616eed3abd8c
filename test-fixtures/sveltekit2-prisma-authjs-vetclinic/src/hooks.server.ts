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

// the partner clinics' booking widget calls /api with the staff member's cookie
const corsForApi: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  if (event.url.pathname.startsWith('/api/')) {
    // expect: cors-wildcard
    response.headers.set('Access-Control-Allow-Origin', event.request.headers.get('origin') ?? '*');
    response.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return response;
};

export const handle = sequence(authHandle, guardApp, corsForApi);
