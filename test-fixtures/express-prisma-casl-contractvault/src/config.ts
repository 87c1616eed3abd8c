export const config = {
  port: Number(process.env.PORT ?? 4000),
  // expect: insecure-jwt
  jwtSecret: process.env.JWT_SECRET || 'contractvault-dev-jwt',
  jwtIssuer: 'contractvault',
  webOrigin: process.env.WEB_ORIGIN ?? 'http://localhost:5173',
  isProd: process.env.NODE_ENV === 'production',
};
