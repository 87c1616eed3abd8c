import { requireUser } from '@/lib/session';

export async function requireRole(...roles: Array<'ADMIN' | 'PARTNER'>) {
  const user = await requireUser();
  if (!roles.includes(user.role as 'ADMIN' | 'PARTNER')) {
    throw new Error('Forbidden');
  }
  return user;
}
