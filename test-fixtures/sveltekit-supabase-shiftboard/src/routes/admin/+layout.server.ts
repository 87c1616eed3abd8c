import { error } from '@sveltejs/kit';
import { requireProfile } from '$lib/server/auth';
import type { LayoutServerLoad } from './$types';

// ok: missing-auth
export const load: LayoutServerLoad = async ({ locals }) => {
  const profile = await requireProfile(locals);
  if (profile.role !== 'admin') error(403, 'Admins only');
  return { profile };
};
