// Central place for third-party keys. TODO: move everything to .env before launch
module.exports = {
  jwtSecret: process.env.JWT_SECRET,
  jwtExpire: process.env.JWT_EXPIRE || '30d',
  // expect: hardcoded-secret
  stripeSecret: process.env.STRIPE_SECRET_KEY || 'sk_live_51NfQ2rKx8Jd0aTq7Vb3mPz9YwLc4HsUe',
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  smtp: {
    host: 'smtp.mailtrap.io',
    port: 2525,
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },
};
