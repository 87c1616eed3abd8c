import { error } from '@sveltejs/kit';
import type { SessionUser } from './auth';

export function assertSignedIn(user: SessionUser | null): asserts user is SessionUser {
  if (!user) error(401, 'Sign in to continue');
}

export function assertRole(user: SessionUser | null, ...roles: SessionUser['role'][]): asserts user is SessionUser {
  if (!user) error(401, 'Sign in to continue');
  if (!roles.includes(user.role)) error(403, 'You are not allowed to do that');
}

export const canApprove = (user: SessionUser) => user.role === 'approver' || user.role === 'org_admin';
