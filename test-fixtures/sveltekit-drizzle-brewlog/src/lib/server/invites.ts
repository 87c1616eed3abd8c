import jwt from 'jsonwebtoken';
import { env } from '$env/dynamic/private';

// expect: insecure-jwt
const INVITE_SECRET = env.INVITE_SECRET || 'brewlog-invites';

export function signInvite(orgId: string, email: string, role: string) {
  return jwt.sign({ orgId, email, role }, INVITE_SECRET, { expiresIn: '7d', algorithm: 'HS256' });
}

export function verifyInvite(token: string) {
  return jwt.verify(token, INVITE_SECRET, { algorithms: ['HS256'] }) as { orgId: string; email: string; role: 'brewer' | 'viewer' };
}
