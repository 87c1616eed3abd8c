require('dotenv').config();

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  isProd,
  port: Number(process.env.PORT) || 4000,
  appUrl: process.env.APP_URL || 'http://localhost:5173',
  databaseUrl: process.env.DATABASE_URL || 'postgres://localhost:5432/vetportal',
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379',
  // expect: hardcoded-secret
  sessionSecret: process.env.SESSION_SECRET || 'vetportal dev session secret',
  shareLinkSecret: process.env.SHARE_LINK_SECRET,
  corsOrigins: (process.env.CORS_ORIGINS || '').split(',').filter(Boolean),
  uploadDir: process.env.UPLOAD_DIR || 'uploads',
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  },
  lab: {
    webhookSecret: process.env.LAB_WEBHOOK_SECRET,
  },
  smtp: {
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT) || 587,
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },
};
