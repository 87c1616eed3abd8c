export const env = {
  port: Number(process.env.PORT ?? 8787),
  appUrl: process.env.APP_URL ?? 'http://localhost:5173',
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173').split(','),
  paylaneWebhookSecret: process.env.PAYLANE_WEBHOOK_SECRET ?? '',
  courierWebhookSecret: process.env.COURIER_WEBHOOK_SECRET ?? '',
  // expect: insecure-jwt
  kioskJwtSecret: process.env.KIOSK_JWT_SECRET ?? 'kiosk-dev-secret',
  s3Bucket: process.env.S3_BUCKET ?? 'catering-uploads',
  s3Region: process.env.AWS_REGION ?? 'eu-west-1',
};
