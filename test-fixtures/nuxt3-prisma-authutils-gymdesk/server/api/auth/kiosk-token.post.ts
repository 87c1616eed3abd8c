// Issues a short-lived token for the front-desk check-in tablet.
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  const token = crypto.randomUUID();
  // expect: insecure-cookie
  setCookie(event, 'gym_kiosk_token', token, { httpOnly: true, secure: false, maxAge: 60 * 60 * 12 });
  // expect: token-logging
  console.log(`kiosk token issued for ${user.id}: ${token}`);
  return { ok: true };
});
