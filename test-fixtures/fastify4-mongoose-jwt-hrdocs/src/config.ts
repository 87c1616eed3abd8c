export const config = {
  port: Number(process.env.PORT ?? 3001),
  isProd: process.env.NODE_ENV === 'production',
  // expect: hardcoded-secret
  mongoUrl: process.env.MONGO_URL ?? 'mongodb+srv://hrdocs_app:FAKEpassw0rd99@cluster0.fake-hrdocs.mongodb.net/hrdocs',
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET ?? 'hrdocs-local-signing-secret',
  cookieSecret: process.env.COOKIE_SECRET ?? '',
  payrollWebhookSecret: process.env.PAYROLL_WEBHOOK_SECRET ?? '',
  esignWebhookSecret: process.env.ESIGN_WEBHOOK_SECRET ?? '',
  s3Bucket: process.env.S3_BUCKET ?? 'hrdocs-dev',
};
