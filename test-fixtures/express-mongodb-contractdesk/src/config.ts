export const config = {
  port: Number(process.env.PORT ?? 4000),
  mongoUrl: process.env.MONGO_URL ?? 'mongodb://localhost:27017/contractdesk',
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'contractdesk-dev-secret',
  accessTokenTtl: '15m',
  refreshTokenTtlDays: 30,
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173').split(','),
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? '',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
  isProd: process.env.NODE_ENV === 'production',
};
