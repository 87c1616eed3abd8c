export const config = {
  port: Number(process.env.PORT ?? 4000),
  appUrl: process.env.APP_URL ?? 'http://localhost:5173',
  isProd: process.env.NODE_ENV === 'production',
  // expect: insecure-jwt
  // ok: hardcoded-secret
  jwtSecret: process.env.JWT_SECRET ?? 'tutorhub-local-jwt-signing',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
  calendarWebhookSecret: process.env.CALENDAR_WEBHOOK_SECRET!,
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
};
