'use strict';

const env = process.env.NODE_ENV || 'development';

module.exports = {
  env,
  isProd: env === 'production',
  port: Number(process.env.PORT) || 4000,
  // ok: hardcoded-secret
  mongoUri: process.env.MONGO_URI || 'mongodb://localhost:27017/clinicbook',
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'clinicbook-dev-jwt',
  portalSecret: process.env.PORTAL_JWT_SECRET,
  appUrl: process.env.APP_URL || 'http://localhost:5173',
  allowedOrigins: (process.env.ALLOWED_ORIGINS || 'http://localhost:5173').split(','),
  stripeSecretKey: process.env.STRIPE_SECRET_KEY,
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
};
