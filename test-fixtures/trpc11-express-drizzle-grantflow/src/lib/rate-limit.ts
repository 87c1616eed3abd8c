import { TRPCError } from '@trpc/server';

const hits = new Map<string, { count: number; resetAt: number }>();

export function consume(key: string, limit: number, windowMs: number) {
  const now = Date.now();
  const entry = hits.get(key);
  if (!entry || entry.resetAt < now) {
    hits.set(key, { count: 1, resetAt: now + windowMs });
    return true;
  }
  entry.count += 1;
  return entry.count <= limit;
}

export function assertWithinLimit(key: string, limit = 5, windowMs = 60_000) {
  if (!consume(key, limit, windowMs)) {
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'Slow down' });
  }
}
