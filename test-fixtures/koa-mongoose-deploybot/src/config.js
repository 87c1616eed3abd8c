module.exports = {
  port: Number(process.env.PORT || 4000),
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost:27017/deploybot',
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379',
  jwtSecret: process.env.JWT_SECRET,
  githubWebhookSecret: process.env.GITHUB_WEBHOOK_SECRET,
  sentryClientSecret: process.env.SENTRY_CLIENT_SECRET,
  corsOrigins: (process.env.CORS_ORIGINS || 'http://localhost:5173').split(','),
};
