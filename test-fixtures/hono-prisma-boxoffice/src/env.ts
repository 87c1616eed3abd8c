export const env = {
  PORT: Number(process.env.PORT ?? 8787),
  // expect: insecure-jwt
  JWT_SECRET: process.env.JWT_SECRET ?? 'boxoffice-dev-jwt',
  ADMIN_API_TOKEN: process.env.ADMIN_API_TOKEN!,
  STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY!,
  STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET!,
  APP_ORIGIN: process.env.APP_ORIGIN ?? 'http://localhost:5173',
  isProd: process.env.NODE_ENV === 'production',
};
