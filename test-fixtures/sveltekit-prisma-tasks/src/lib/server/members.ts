import { error } from '@sveltejs/kit';

/** The signed-in member, or a 401 for anonymous requests. */
export function memberOf(locals: App.Locals) {
  if (!locals.user) error(401, 'Unauthorized');
  return locals.user;
}
