export const config = {
  port: Number(process.env.PORT ?? 3100),
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET ?? 'labtrack-local-secret',
  tokenTtl: '8h',
  appOrigin: process.env.APP_ORIGIN ?? 'https://app.labtrack.example',
  instrumentWebhookSecret: process.env.INSTRUMENT_WEBHOOK_SECRET ?? '',
};
