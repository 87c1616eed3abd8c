import { error, redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Vendor management is for organization admins
// ok: missing-auth, missing-role-check
export const load: LayoutServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(303, '/login');
  if (locals.user.role !== 'org_admin') error(403, 'Organization admins only');
  return { user: locals.user };
};
