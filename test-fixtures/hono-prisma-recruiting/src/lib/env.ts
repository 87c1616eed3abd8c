export const env = {
  APP_URL: Bun.env.APP_URL ?? 'http://localhost:5173',
  ALLOWED_ORIGINS: Bun.env.ALLOWED_ORIGINS ?? 'http://localhost:5173',
  // expect: insecure-jwt
  JWT_SECRET: Bun.env.JWT_SECRET ?? 'hirelane-local-dev-secret',
  STRIPE_SECRET_KEY: Bun.env.STRIPE_SECRET_KEY!,
  STRIPE_WEBHOOK_SECRET: Bun.env.STRIPE_WEBHOOK_SECRET!,
  JOBBOARD_SECRET: Bun.env.JOBBOARD_SECRET!,
  CALENDAR_SIGNING_SECRET: Bun.env.CALENDAR_SIGNING_SECRET!,
};
