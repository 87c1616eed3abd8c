import type { Handle } from '@sveltejs/kit';
import { validateSessionToken } from '$lib/server/session';

// Populates locals.user for every request; pages and endpoints decide what needs a user.
export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get('session');
  event.locals.user = token ? await validateSessionToken(token) : null;
  return resolve(event);
};
