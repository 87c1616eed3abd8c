import { timingSafeEqual } from 'node:crypto';

// constant-time comparison of two strings
export function safeEqual(a?: string, b?: string): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
