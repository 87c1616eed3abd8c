require('dotenv').config();

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  isProd,
  port: Number(process.env.PORT || 4000),
  databaseUrl: process.env.DATABASE_URL,
  // expect: hardcoded-secret
  sessionSecret: process.env.SESSION_SECRET || 'leadtracker-session-dev',
  // expect: insecure-jwt
  apiTokenSecret: process.env.API_TOKEN_SECRET || 'leadtracker-api-tokens',
  allowedOrigins: (process.env.ALLOWED_ORIGINS || 'http://localhost:5173').split(','),
  stripeSecretKey: process.env.STRIPE_SECRET_KEY,
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  mailerWebhookSecret: process.env.MAILER_WEBHOOK_SECRET,
  smtp: {
    host: process.env.SMTP_HOST || 'smtp.leadtracker.test',
    port: 587,
    user: 'mailer',
    // expect: hardcoded-secret
    pass: 'L3adTr4cker-Smtp-2025',
  },
};
