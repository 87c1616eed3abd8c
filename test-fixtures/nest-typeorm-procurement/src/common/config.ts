export const appConfig = {
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'procurement-local-secret',
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? '',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
  uploadDir: process.env.UPLOAD_DIR ?? '/var/lib/procurement/uploads',
  isProduction: process.env.NODE_ENV === 'production',
};
