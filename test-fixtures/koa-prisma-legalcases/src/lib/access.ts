import { prisma } from './db';
import type { SessionUser } from '../middleware/session';

export class AccessDenied extends Error {
  status = 403;
  expose = true;
}

// partners of a firm can also see the matters of affiliated firms they are linked to
export async function assertWorkspaceAccess(user: SessionUser, workspaceId: string) {
  if (user.workspaceId === workspaceId) return;
  const link = await prisma.user.findFirst({ where: { email: user.email, workspaceId } });
  if (!link) throw new AccessDenied('No access to this workspace');
}
