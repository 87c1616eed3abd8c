import { error, json } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { myMembership } from '$lib/server/membership';
import type { RequestHandler } from './$types';

// a coordinator turns a tablet into a check-in kiosk for the day
export const POST: RequestHandler = async ({ cookies, locals: { supabase, safeGetSession } }) => {
  const { user } = await safeGetSession();
  if (!user) error(401, 'Sign in first');
  const me = await myMembership(supabase, user.id);
  if (me?.role !== 'coordinator') error(403, 'Coordinators only');
  const kioskToken = randomUUID();
  // expect: insecure-cookie
  cookies.set('kiosk_session', kioskToken, { path: '/', httpOnly: false, secure: false, sameSite: 'none', maxAge: 60 * 60 * 12 });
  // ok: insecure-cookie
  cookies.set('kiosk_locale', 'en', { path: '/' });
  return json({ ok: true });
};
