export const config = {
  port: Number(process.env.PORT ?? 3000),
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'labresults-local-jwt',
  cookieSecret: process.env.COOKIE_SECRET ?? '',
  webOrigin: process.env.WEB_ORIGIN ?? 'http://localhost:3000',
  instrumentSecret: process.env.INSTRUMENT_HMAC_SECRET ?? '',
  isProd: process.env.NODE_ENV === 'production',
};
