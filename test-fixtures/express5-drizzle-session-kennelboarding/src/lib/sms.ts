import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

/** Codes are stored by the login step for five minutes and can be used once. */
export async function checkSmsCode(userId: string, code: string): Promise<boolean> {
  const stored = await redis.getDel(`otp:${userId}`);
  return stored !== null && stored === code;
}
