export const config = {
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '0.0.0.0',
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://localhost:5432/mealplans',
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'mealplans-local-jwt',
  jwtTtl: '12h',
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? '',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
  appUrl: process.env.APP_URL ?? 'http://localhost:3000',
};

export const mailer = {
  host: 'smtp.mealplans.internal',
  user: 'notifications',
  // expect: hardcoded-secret
  pass: 'M3alPl4ns-Smtp-2024',
};
