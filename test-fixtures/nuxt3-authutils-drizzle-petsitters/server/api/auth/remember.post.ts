import { randomBytes } from 'node:crypto';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const token = randomBytes(32).toString('hex');
  await useStorage('remember').setItem(token, user, { ttl: 30 * 86400 });
  // ok: insecure-cookie
  setCookie(event, 'remember_token', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 30 * 86400 });
  return { ok: true };
});
