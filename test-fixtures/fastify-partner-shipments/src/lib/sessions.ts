import type { FastifyRequest } from 'fastify';
import { prisma } from './prisma';

export interface DashboardSession {
  userId: string | null;
  accountId: string | null;
}

export const ANONYMOUS: DashboardSession = { userId: null, accountId: null };

/** Reads the session cookie and looks it up; throws when it is missing, unknown or expired. */
export async function loadSession(request: FastifyRequest): Promise<DashboardSession> {
  const sid = request.cookies.sid;
  if (!sid) {
    throw new Error('Unauthorized: no session cookie');
  }
  const session = await prisma.session.findUnique({ where: { id: sid }, include: { user: true } });
  if (!session || session.expiresAt < new Date()) {
    throw new Error('Unauthorized: session expired');
  }
  return { userId: session.userId, accountId: session.user.accountId };
}
