const env = process.env;

module.exports = {
  port: Number(env.PORT) || 3000,
  isProd: env.NODE_ENV === 'production',
  mongoUrl: env.MONGO_URL || 'mongodb://localhost:27017/clinicbook',
  sessionSecret: env.SESSION_SECRET,
  jwtSecret: env.JWT_SECRET,
  jwtExpiresIn: env.JWT_EXPIRES_IN || '15m',
  kioskSecret: env.KIOSK_JWT_SECRET,
  corsOrigins: (env.CORS_ORIGINS || '').split(',').map((o) => o.trim()).filter(Boolean),
  stripeKey: env.STRIPE_SECRET_KEY,
  stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET,
  labWebhookSecret: env.LAB_WEBHOOK_SECRET,
  smsWebhookSecret: env.SMS_WEBHOOK_SECRET,
};
