import { error } from '@sveltejs/kit';

type Role = NonNullable<App.Locals['user']>['role'];

export function requireUser(locals: App.Locals) {
  if (!locals.user) error(401, 'Sign in required');
  return locals.user;
}

export function requireRole(locals: App.Locals, ...roles: Role[]) {
  const user = requireUser(locals);
  if (!roles.includes(user.role)) error(403, 'Not allowed for your role');
  return user;
}
