import { error, redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(302, '/login');
  if (!locals.user.isAdmin) error(403, 'Admins only');
  return { admin: { email: locals.user.email } };
};
