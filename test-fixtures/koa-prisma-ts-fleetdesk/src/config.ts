export const config = {
  port: Number(process.env.PORT ?? 4000),
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'fleetdesk-local-jwt-secret',
  jwtTtl: '15m',
  stripeSecretKey: process.env.STRIPE_SECRET_KEY!,
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
  telematicsSecret: process.env.TELEMATICS_SECRET!,
  appUrl: process.env.APP_URL ?? 'http://localhost:5173',
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173').split(','),
};
