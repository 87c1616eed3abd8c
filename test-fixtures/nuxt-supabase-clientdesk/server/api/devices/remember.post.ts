import { randomBytes } from 'node:crypto';
import { serverSupabaseServiceRole } from '#supabase/server';

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const token = randomBytes(32).toString('hex');
  await serverSupabaseServiceRole(event).from('trusted_devices').insert({ user_id: user.id, token });
  // expect: insecure-cookie
  setCookie(event, 'cd_device_token', token, { maxAge: 60 * 60 * 24 * 30, path: '/' });
  return { remembered: true };
});
