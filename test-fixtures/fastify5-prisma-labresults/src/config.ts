export const config = {
  port: Number(process.env.PORT ?? 3000),
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'labresults-local-jwt',
  cookieSecret: process.env.COOKIE_SECRET ?? '',
  webOrigin: process.env.WEB_ORIGIN ?? 'http://localhost:3000',
  instrumentSecret: process.env.INSTRUMENT_HMAC_SECRET ?? '',
  // billing for self-pay patients; the key was pasted here during a hotfix
  // expect: hardcoded-secret
  stripeKey: process.env.STRIPE_SECRET_KEY ?? 'sk_live_51NxQpRLb7vK2mT9wYc4dFhJ8sA3eU6gP0zX',
  isProd: process.env.NODE_ENV === 'production',
};
