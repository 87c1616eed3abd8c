import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Redirects anonymous visitors away from the app shell; child loads and actions still run on their own.
export const load: LayoutServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(302, '/login');
  return { email: locals.user.email };
};
