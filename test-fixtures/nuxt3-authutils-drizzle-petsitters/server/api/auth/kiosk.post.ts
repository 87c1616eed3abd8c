import { randomBytes } from 'node:crypto';

// A signed-in manager pairs the front-desk tablet; the tablet keeps a device token cookie
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireManager(event);
  const deviceToken = randomBytes(24).toString('hex');
  await useStorage('devices').setItem(deviceToken, { agencyId: user.agencyId });
  // expect: insecure-cookie
  setCookie(event, 'kiosk_token', deviceToken, { maxAge: 60 * 60 * 24 * 90, sameSite: 'none' });
  return { ok: true };
});
