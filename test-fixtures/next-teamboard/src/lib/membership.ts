import { auth } from '@clerk/nextjs/server';
import { prisma } from './db';

/** Throws unless the signed-in user belongs to the workspace; returns the membership. */
export async function requireMember(workspaceId: string) {
  const { userId } = auth();
  if (!userId) throw new Response('Unauthorized', { status: 401 });
  const member = await prisma.member.findFirst({ where: { userId, workspaceId } });
  if (!member) throw new Response('Forbidden', { status: 403 });
  return member;
}
