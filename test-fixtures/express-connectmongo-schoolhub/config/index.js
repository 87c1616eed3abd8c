var isProd = process.env.NODE_ENV === 'production';

module.exports = {
  isProd: isProd,
  port: process.env.PORT || 3000,
  mongoUrl: process.env.MONGODB_URI || 'mongodb://localhost:27017/schoolhub',
  // expect: hardcoded-secret
  sessionSecret: process.env.SESSION_SECRET || 'schoolhub session secret',
  jwtSecret: process.env.JWT_SECRET,
  appUrl: process.env.APP_URL || 'http://localhost:3000',
  smtpUrl: process.env.SMTP_URL,
};
