import { createServerClient } from '@supabase/ssr';
import { type Handle, type HandleServerError, redirect } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { PUBLIC_SUPABASE_ANON_KEY, PUBLIC_SUPABASE_URL } from '$env/static/public';

const supabase: Handle = async ({ event, resolve }) => {
  event.locals.supabase = createServerClient(PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_ANON_KEY, {
    cookies: {
      getAll: () => event.cookies.getAll(),
      setAll: (cookiesToSet) => {
        cookiesToSet.forEach(({ name, value, options }) => event.cookies.set(name, value, { ...options, path: '/' }));
      },
    },
  });

  event.locals.safeGetSession = async () => {
    const {
      data: { session },
    } = await event.locals.supabase.auth.getSession();
    if (!session) return { session: null, user: null };
    const {
      data: { user },
      error,
    } = await event.locals.supabase.auth.getUser();
    if (error) return { session: null, user: null };
    return { session, user };
  };

  return resolve(event, {
    filterSerializedResponseHeaders: (name) => name === 'content-range' || name === 'x-supabase-api-version',
  });
};

const authGuard: Handle = async ({ event, resolve }) => {
  const { session, user } = await event.locals.safeGetSession();
  if (process.env.DEBUG_AUTH) {
    // expect: token-logging
    console.debug('session for', event.url.pathname, session);
  }
  // ok: token-logging
  console.debug('request', event.url.pathname, user?.id ?? 'anonymous');
  event.locals.session = session;
  event.locals.user = user;

  if (!session && event.url.pathname.startsWith('/dashboard')) {
    redirect(303, '/login');
  }
  // everything in the (volunteer) route group needs a signed-in volunteer
  if (!session && event.route.id?.startsWith('/(volunteer)')) {
    redirect(303, '/login');
  }
  if (session && event.url.pathname === '/login') {
    redirect(303, '/dashboard');
  }
  return resolve(event);
};

export const handle: Handle = sequence(supabase, authGuard);

export const handleError: HandleServerError = async ({ error, event }) => {
  console.error('unhandled', event.url.pathname, error);
  // expect: error-details-leak
  return { message: (error as Error).message };
};
