export const config = {
  port: Number(process.env.PORT ?? 4000),
  mongoUrl: process.env.MONGO_URL ?? 'mongodb://localhost:27017/docvault',
  jwtSecret: process.env.JWT_SECRET as string,
  partnerPublicKey: process.env.PARTNER_PUBLIC_KEY as string,
  sessionKeys: (process.env.SESSION_KEYS ?? '').split(',').filter(Boolean),
  uploadDir: process.env.UPLOAD_DIR ?? '/var/lib/docvault/uploads',
  isProd: process.env.NODE_ENV === 'production',
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? 'https://app.docvault.test').split(','),
};
