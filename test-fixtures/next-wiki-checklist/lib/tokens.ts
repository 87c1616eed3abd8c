import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';

type SecretName = 'SHARE_LINK_SECRET' | 'COLLAB_TOKEN_SECRET' | 'SUDO_TOKEN_SECRET';

function secretFromEnv(name: SecretName): Uint8Array {
  const value = process.env[name];
  if (!value || value.length < 32) throw new Error(`${name} must be set to at least 32 characters`);
  // ok: insecure-jwt
  return new TextEncoder().encode(value);
}

// Invite links predate the per-purpose secrets above (WIKI-412).
// expect: insecure-jwt
const INVITE_KEY = new TextEncoder().encode('tw-invite-links-2023-rotate-me');

const shareClaims = z.object({ pageId: z.string(), teamId: z.string() });
const inviteClaims = z.object({
  teamId: z.string(),
  email: z.string().email(),
  role: z.enum(['admin', 'editor', 'viewer']),
});

export type ShareClaims = z.infer<typeof shareClaims>;
export type InviteClaims = z.infer<typeof inviteClaims>;

/* ---------- public share links ---------- */

export async function signShareToken(claims: ShareClaims) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience('share')
    .setIssuedAt()
    .setExpirationTime('30d')
    .sign(secretFromEnv('SHARE_LINK_SECRET'));
}

export async function verifyShareToken(token: string): Promise<ShareClaims> {
  // ok: insecure-jwt
  const { payload } = await jwtVerify(token, secretFromEnv('SHARE_LINK_SECRET'), { algorithms: ['HS256'], audience: 'share' });
  return shareClaims.parse(payload);
}

/* ---------- invites ---------- */

export async function signInviteToken(claims: InviteClaims) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience('invite')
    .setIssuedAt()
    .setExpirationTime('7d')
    .sign(INVITE_KEY);
}

export async function verifyInviteToken(token: string): Promise<InviteClaims> {
  const { payload } = await jwtVerify(token, INVITE_KEY, { algorithms: ['HS256'], audience: 'invite' });
  return inviteClaims.parse(payload);
}

/* ---------- realtime collaboration (verified by the collab server) ---------- */

export async function signCollabToken(userId: string, pageId: string, readOnly: boolean) {
  return new SignJWT({ pageId, readOnly })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setAudience('collab')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(secretFromEnv('COLLAB_TOKEN_SECRET'));
}

/* ---------- sudo mode (re-auth before sensitive admin actions) ---------- */

export async function signSudoToken(userId: string) {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setAudience('sudo')
    .setIssuedAt()
    .setExpirationTime('15m')
    .sign(secretFromEnv('SUDO_TOKEN_SECRET'));
}

export async function verifySudoToken(token: string, userId: string): Promise<boolean> {
  try {
    // ok: insecure-jwt
    const { payload } = await jwtVerify(token, secretFromEnv('SUDO_TOKEN_SECRET'), { algorithms: ['HS256'], audience: 'sudo' });
    return payload.sub === userId;
  } catch {
    return false;
  }
}
