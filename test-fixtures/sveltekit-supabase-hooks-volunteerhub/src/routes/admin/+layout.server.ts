import { error, redirect } from '@sveltejs/kit';
import { myMembership } from '$lib/server/membership';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals: { supabase, safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) redirect(303, '/login');
  const membership = await myMembership(supabase, user.id);
  if (membership?.role !== 'coordinator') error(403, 'Coordinators only');
  return { membership };
};
