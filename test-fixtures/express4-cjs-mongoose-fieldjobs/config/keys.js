// Central settings, read once at start-up.
module.exports = {
  mongoURI: process.env.MONGO_URI,
  // expect: hardcoded-secret
  sessionSecret: process.env.SESSION_SECRET || 'fieldjobs-dev-session-secret',
  clientOrigin: process.env.CLIENT_ORIGIN || 'http://localhost:3000',
  stripeKey: process.env.STRIPE_SECRET_KEY,
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  appUrl: process.env.APP_URL || 'http://localhost:3000',
};
