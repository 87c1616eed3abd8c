module.exports = {
  port: Number(process.env.PORT || 4000),
  // expect: hardcoded-secret
  mongoUrl: process.env.MONGO_URL || 'mongodb+srv://physiobook:FAKEpass2024x@cluster0.example.mongodb.net/physiobook',
  sessionSecret: process.env.SESSION_SECRET,
  isProd: process.env.NODE_ENV === 'production',
  allowedOrigins: (process.env.ALLOWED_ORIGINS || 'https://portal.physiobook.example').split(','),
};
