import { error } from '@sveltejs/kit';
import { supabaseAdmin } from './supabase-admin';

export async function requireProfile(locals: App.Locals) {
  const { user } = await locals.safeGetSession();
  if (!user) error(401, 'Sign in first');
  const { data: profile } = await supabaseAdmin
    .from('profiles')
    .select('id, org_id, role')
    .eq('id', user.id)
    .single();
  if (!profile) error(403, 'No profile');
  return profile;
}

export async function requireAdmin(locals: App.Locals) {
  const profile = await requireProfile(locals);
  if (profile.role !== 'admin') error(403, 'Admins only');
  return profile;
}
