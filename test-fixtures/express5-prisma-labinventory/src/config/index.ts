const isProd = process.env.NODE_ENV === 'production';

export const config = {
  isProd,
  port: Number(process.env.PORT ?? 4000),
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET ?? 'labstock-dev-jwt-secret',
  accessTokenTtl: '15m',
  refreshTokenTtlDays: 30,
  // expect: hardcoded-secret
  cookieSecret: process.env.COOKIE_SECRET || 'labstock cookie secret',
  corsOrigins: (process.env.CORS_ORIGINS ?? 'http://localhost:5173').split(','),
  uploadDir: process.env.UPLOAD_DIR ?? '/var/lib/labstock/uploads',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
  supplierWebhookSecret: process.env.SUPPLIER_WEBHOOK_SECRET ?? '',
};
