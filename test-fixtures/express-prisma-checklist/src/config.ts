import 'dotenv/config';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable: ${name}`);
  }
  return value;
}

export const config = {
  nodeEnv: process.env.NODE_ENV ?? 'development',
  port: Number(process.env.PORT ?? 4000),
  appUrl: process.env.APP_URL ?? 'http://localhost:5173',
  corsOrigins: (process.env.CORS_ORIGINS ?? 'http://localhost:5173').split(',').map((o) => o.trim()),
  uploadDir: process.env.UPLOAD_DIR ?? 'uploads',

  // ok: hardcoded-secret
  jwtSecret: requireEnv('JWT_SECRET'),

  // expect: hardcoded-secret
  stripeSecretKey: process.env.STRIPE_SECRET_KEY || 'sk_live_FAKEfakeFAKEfake0000000000000000DoNotUse',
  // ok: hardcoded-secret
  stripeWebhookSecret: requireEnv('STRIPE_WEBHOOK_SECRET'),
  esignWebhookSecret: requireEnv('ESIGN_WEBHOOK_SECRET'),

  awsRegion: process.env.AWS_REGION ?? 'us-east-1',
  // expect: hardcoded-secret
  awsAccessKeyId: process.env.AWS_ACCESS_KEY_ID || 'AKIAFAKEFAKEFAKE2345',
  // ok: hardcoded-secret
  awsSecretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '',
  mailFrom: process.env.MAIL_FROM ?? 'Agency Portal <no-reply@agencyportal.example>',
};
