import type { Session } from 'next-auth';
import { prisma } from './prisma';

type Result = { status: number; body: unknown };

/** Removes a member of the caller's agency: owners remove anyone, other members only themselves. */
export async function removeMember(actor: Session['user'], memberId: string): Promise<Result> {
  // ok: unscoped-tenant-query
  const member = await prisma.user.findFirst({ where: { id: memberId, agencyId: actor.agencyId } });
  if (!member) return { status: 404, body: { error: 'Not found' } };
  if (actor.role !== 'OWNER' && member.id !== actor.id) {
    return { status: 403, body: { error: 'Only an owner can remove other members' } };
  }
  await prisma.user.delete({ where: { id: member.id } });
  return { status: 204, body: null };
}

/** Sends a member a fresh sign-in link: any member of the agency may ask for anyone's. */
export async function resendWelcome(actor: Session['user'], memberId: string): Promise<Result> {
  // ok: unscoped-tenant-query
  const member = await prisma.user.findFirst({ where: { id: memberId, agencyId: actor.agencyId } });
  if (!member) return { status: 404, body: { error: 'Not found' } };
  await prisma.user.update({ where: { id: member.id }, data: { createdAt: new Date() } });
  return { status: 202, body: { sent: true } };
}
