export const config = {
  port: Number(process.env.PORT ?? 4010),
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'bidroom-dev-secret',
  originSuffix: process.env.ALLOWED_ORIGIN_SUFFIX ?? 'bidroom.io',
  esignSecret: process.env.ESIGN_WEBHOOK_SECRET ?? '',
  paymentsSecret: process.env.PAYMENTS_WEBHOOK_SECRET ?? '',
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  // ok: hardcoded-secret
  csrfHeader: 'x-bidroom-csrf-token',
  sessionCookie: 'bid_session',
};
