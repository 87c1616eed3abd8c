import { error, redirect, type Handle } from '@sveltejs/kit';
import { getSessionUser } from '$lib/server/session';

const PUBLIC_PREFIXES = ['/login', '/signup', '/forgot-password', '/p/', '/api/health', '/api/widget/'];

export const handle: Handle = async ({ event, resolve }) => {
  const sid = event.cookies.get('sid');
  event.locals.user = sid ? await getSessionUser(sid) : null;

  const path = event.url.pathname;
  const isPublic = path === '/' || PUBLIC_PREFIXES.some((p) => path.startsWith(p));

  if (!isPublic && !event.locals.user) {
    if (path.startsWith('/api/')) {
      return new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401 });
    }
    redirect(303, `/login?next=${encodeURIComponent(path)}`);
  }

  // agency settings pages are for owners
  if (path.startsWith('/admin') && event.locals.user?.role !== 'owner') {
    error(403, 'owners only');
  }

  return resolve(event);
};
