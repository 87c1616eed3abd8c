import type { Ratelimit } from '@upstash/ratelimit';
import { HttpError } from './session';

export async function enforceLimit(limiter: Ratelimit, key: string) {
  const { success, reset } = await limiter.limit(key);
  if (!success) throw new HttpError(429, `Too many requests, retry after ${new Date(reset).toISOString()}`);
}
