export const config = {
  env: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 4000),
  // ok: insecure-jwt
  jwtSecret: process.env.JWT_SECRET as string,
  portalJwtSecret: process.env.PORTAL_JWT_SECRET as string,
  paymentsWebhookSecret: process.env.PAYMENTS_WEBHOOK_SECRET as string,
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
};
