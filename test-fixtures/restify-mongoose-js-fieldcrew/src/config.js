'use strict';

module.exports = {
  port: Number(process.env.PORT || 8080),
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost:27017/fieldcrew',
  jwtSecret: process.env.JWT_SECRET,
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  },
  // shared with the dispatch partner; they sign their callbacks with it
  dispatchSigningKey: process.env.DISPATCH_SIGNING_KEY,
  allowedOrigins: (process.env.ALLOWED_ORIGINS || 'http://localhost:5173').split(','),
};
