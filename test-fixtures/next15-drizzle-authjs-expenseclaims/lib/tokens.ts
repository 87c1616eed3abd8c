import jwt from 'jsonwebtoken';

// expect: insecure-jwt
const INVITE_SIGNING_KEY = process.env.INVITE_SIGNING_KEY || 'expenseclaims-dev-invites';

export type InviteClaims = { orgId: string; email: string; role: 'member' | 'approver' };

export function signInvite(claims: InviteClaims) {
  return jwt.sign(claims, INVITE_SIGNING_KEY, { algorithm: 'HS256', expiresIn: '7d' });
}

export function readInvite(token: string): InviteClaims {
  return jwt.verify(token, INVITE_SIGNING_KEY, { algorithms: ['HS256'] }) as InviteClaims;
}
