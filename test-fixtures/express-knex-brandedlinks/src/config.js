module.exports = {
  PORT: Number(process.env.PORT || 3000),
  APP_DOMAIN: process.env.APP_DOMAIN || 'localhost',
  JWT_SECRET: process.env.JWT_SECRET,
  CRON_KEY: process.env.CRON_KEY,
  RATE_LIMIT_ENABLED: process.env.RATE_LIMIT_ENABLED !== 'false',
};
