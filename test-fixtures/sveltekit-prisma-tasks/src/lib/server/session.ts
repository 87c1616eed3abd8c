import { prisma } from './db';

/** The user behind a session cookie, or null when the session is unknown or expired. */
export async function validateSessionToken(token: string) {
  const session = await prisma.session.findUnique({ where: { id: token }, include: { user: true } });
  if (!session || session.expiresAt < new Date()) return null;
  return session.user;
}
