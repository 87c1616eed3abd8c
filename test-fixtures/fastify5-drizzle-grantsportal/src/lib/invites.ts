import jwt from 'jsonwebtoken';
import type { Role } from '../db/schema';

export interface InviteClaims {
  workspaceId: string;
  email: string;
  role: Role;
}

// expect: insecure-jwt
const INVITE_SECRET = process.env.INVITE_SECRET || 'grantsportal-invite-links';

export function signInvite(claims: InviteClaims): string {
  return jwt.sign(claims, INVITE_SECRET, { algorithm: 'HS256', expiresIn: '7d' });
}

export function verifyInvite(token: string): InviteClaims {
  return jwt.verify(token, INVITE_SECRET, { algorithms: ['HS256'] }) as InviteClaims;
}
