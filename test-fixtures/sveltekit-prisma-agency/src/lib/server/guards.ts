import { error } from '@sveltejs/kit';

type SessionUser = NonNullable<App.Locals['user']>;

export function requireManager(user: App.Locals['user']): SessionUser {
  if (!user) error(401, 'sign in first');
  if (user.role !== 'owner' && user.role !== 'manager') error(403, 'managers only');
  return user;
}
