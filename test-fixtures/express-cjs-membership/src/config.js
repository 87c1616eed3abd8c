// Central configuration, read once at start-up.
require('dotenv').config();

module.exports = {
  port: Number(process.env.PORT || 4100),
  env: process.env.NODE_ENV || 'development',
  jwtSecret: process.env.JWT_SECRET,
  // expect: insecure-jwt
  inviteSecret: process.env.INVITE_SECRET || 'ironworks-invite-dev',
  // expect: hardcoded-secret
  sessionSecret: process.env.SESSION_SECRET || 'ironworks session secret',
  cookieSecret: process.env.COOKIE_SECRET,
  partnerPublicKey: process.env.PARTNER_PUBLIC_KEY,
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379',
  allowedOrigins: (process.env.ALLOWED_ORIGINS || 'http://localhost:5173').split(','),
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  mailerWebhookSecret: process.env.MAILER_WEBHOOK_SECRET,
  calendarWebhookSecret: process.env.CALENDAR_WEBHOOK_SECRET,
};
