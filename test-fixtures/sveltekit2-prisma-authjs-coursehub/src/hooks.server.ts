import { error, redirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { handle as authHandle } from './auth';

const protectDashboard: Handle = async ({ event, resolve }) => {
  const path = event.url.pathname;
  if (path.startsWith('/dashboard')) {
    const session = await event.locals.auth();
    if (!session?.user) redirect(303, `/signin?next=${encodeURIComponent(path)}`);
    if (path.startsWith('/dashboard/instructor') && (session.user as any).role !== 'INSTRUCTOR') {
      error(403, 'Instructors only');
    }
  }
  return resolve(event);
};

export const handle = sequence(authHandle, protectDashboard);

export const handleError: HandleServerError = ({ error: err, event }) => {
  console.error('unhandled', event.url.pathname, err);
  // expect: error-details-leak
  return { message: (err as Error)?.message ?? 'Unexpected error' };
};
