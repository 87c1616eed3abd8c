import jwt from 'jsonwebtoken';

// The inspector app trades the web session for a token it keeps in the device keychain.
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const config = useRuntimeConfig(event);
  const token = jwt.sign({ sub: user.id, companyId: user.companyId }, config.mobileJwtSecret, { expiresIn: '30d' });
  // expect: insecure-cookie
  setCookie(event, 'insp_refresh', token, { httpOnly: true, path: '/api/auth' });
  return { token };
});
