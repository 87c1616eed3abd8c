export const config = {
  port: Number(process.env.PORT ?? 4000),
  mongoUrl: process.env.MONGO_URL ?? 'mongodb://localhost:27017/invoicely',
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'invoicely-dev-secret',
  stripeKey: process.env.STRIPE_SECRET_KEY ?? '',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
  appOrigin: process.env.APP_ORIGIN ?? 'http://localhost:5173',
  isProd: process.env.NODE_ENV === 'production',
  // ok: hardcoded-secret
  invoiceNumberAlphabet: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789',
};
