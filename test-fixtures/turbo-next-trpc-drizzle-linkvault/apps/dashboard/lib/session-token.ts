import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SessionUser } from './session';

const key = () => process.env.SESSION_SIGNING_KEY ?? '';

export function verifySessionToken(token: string): SessionUser | null {
  const [body, sig] = token.split('.');
  if (!body || !sig) return null;
  const expected = createHmac('sha256', key()).update(body).digest('base64url');
  if (expected.length !== sig.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(sig))) return null;
  return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SessionUser;
}
