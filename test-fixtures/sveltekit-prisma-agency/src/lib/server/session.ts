import { prisma } from './db';

export async function getSessionUser(sessionId: string) {
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    include: { user: { select: { id: true, agencyId: true, role: true, name: true } } },
  });
  if (!session || session.expiresAt < new Date()) return null;
  return session.user as App.Locals['user'];
}
