import { redirect } from '@sveltejs/kit';

// pages outside /app that need a signed-in user call this first
export function requireUser(locals: App.Locals) {
  if (!locals.user) redirect(303, '/login');
  return locals.user;
}
