export const config = {
  port: Number(process.env.PORT ?? 3000),
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET ?? 'rentwise-local-jwt',
  stripeSecretKey: process.env.STRIPE_SECRET_KEY!,
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
  appUrl: process.env.APP_URL ?? 'http://localhost:5173',
  isProd: process.env.NODE_ENV === 'production',
};
