import 'dotenv/config';

export const config = {
  port: Number(process.env.PORT ?? 4000),
  env: process.env.NODE_ENV ?? 'development',
  databaseUrl: process.env.DATABASE_URL,
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'quotedesk-dev-jwt-secret',
  refreshSecret: process.env.JWT_REFRESH_SECRET ?? '',
  appUrl: process.env.APP_URL ?? 'http://localhost:5173',
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? '',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
  esignWebhookSecret: process.env.ESIGN_WEBHOOK_SECRET ?? '',
};
