import { createHash } from 'node:crypto';
import { prisma } from '../lib/db';

export type SessionResult = { userId: string | null; sessionId: string | null };

export const EMPTY_SESSION: SessionResult = { userId: null, sessionId: null };

export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function validateSessionToken(token: string): Promise<SessionResult> {
  const session = await prisma.session.findUnique({ where: { id: hashSessionToken(token) } });
  if (!session || session.expiresAt < new Date()) {
    throw new Error('invalid session');
  }
  return { userId: session.userId, sessionId: session.id };
}
