import Redis from 'ioredis';

export const redis = new Redis({
  host: process.env.REDIS_HOST ?? '127.0.0.1',
  port: 6379,
  // expect: hardcoded-secret
  password: 'Ph0todesk-r3dis-2024',
});
