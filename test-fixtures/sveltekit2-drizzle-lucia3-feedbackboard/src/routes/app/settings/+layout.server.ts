import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
  if (locals.user?.role !== 'admin') error(403, 'Workspace admins only');
  return { user: locals.user };
};
