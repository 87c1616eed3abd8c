module.exports = {
  port: Number(process.env.PORT || 3000),
  // expect: hardcoded-secret
  mongoUrl: process.env.MONGO_URL || 'mongodb://schooladmin:Xk29fhq7LmPw@db.internal:27017/schooladmin',
  jwtSecret: process.env.JWT_SECRET,
  allowedOrigins: (process.env.ALLOWED_ORIGINS || '').split(',').filter(Boolean),
  // ok: hardcoded-secret
  defaultTermKey: 'term-2024-autumn',
};
