export const config = {
  port: Number(process.env.PORT ?? 4000),
  databaseUrl: process.env.DATABASE_URL,
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'kb-local-dev-secret',
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? 'https://app.kbase.example').split(','),
  uploadDir: process.env.UPLOAD_DIR ?? '/var/lib/kbase/uploads',
  billingWebhookSecret: process.env.BILLING_WEBHOOK_SECRET,
};
