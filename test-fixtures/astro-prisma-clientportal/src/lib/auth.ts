import { randomBytes } from 'node:crypto';
import { prisma } from './db';

export const SESSION_COOKIE = 'portal_session';
const THIRTY_DAYS = 1000 * 60 * 60 * 24 * 30;

export async function createSession(userId: string) {
  const id = randomBytes(32).toString('hex');
  const expiresAt = new Date(Date.now() + THIRTY_DAYS);
  await prisma.session.create({ data: { id, userId, expiresAt } });
  return { id, expiresAt };
}

export async function validateSession(sessionId: string) {
  const session = await prisma.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.expiresAt < new Date()) return null;
  const { passwordHash: _omit, ...user } = session.user;
  return user;
}

export async function invalidateSession(sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}
