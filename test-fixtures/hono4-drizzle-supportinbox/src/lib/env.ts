export const env = {
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET ?? 'support-inbox-local-secret',
  inboundSigningKey: process.env.INBOUND_MAIL_SIGNING_KEY ?? '',
  appOrigin: process.env.APP_ORIGIN ?? 'http://localhost:5173',
  isProd: process.env.NODE_ENV === 'production',
};
