export const config = {
  port: Number(process.env.PORT ?? 3300),
  jwtSecret: process.env.JWT_SECRET as string,
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  webOrigins: (process.env.WEB_ORIGINS ?? 'http://localhost:5173').split(','),
  isProd: process.env.NODE_ENV === 'production',
};
