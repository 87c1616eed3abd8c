import { error, redirect } from '@sveltejs/kit';
import type { User } from 'lucia';

export function requireUser(locals: App.Locals): User {
  if (!locals.user) redirect(302, '/login');
  return locals.user;
}

export function requireStaff(locals: App.Locals): User {
  const user = requireUser(locals);
  if (user.role !== 'owner' && user.role !== 'staff') error(403, 'Staff only');
  return user;
}
