import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { Lucia } from 'lucia';
import { prisma } from '@/lib/prisma';

declare const adapter: ConstructorParameters<typeof Lucia>[0];
const lucia = new Lucia(adapter);

// ok: missing-auth
export async function GET() {
  const sessionId = cookies().get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { user } = await lucia.validateSession(sessionId);
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const member = await prisma.member.findFirst({ where: { userId: user.id } });
  // ok: unscoped-tenant-query
  const reports = await prisma.report.findMany({ where: { workspaceId: member?.workspaceId } });
  return NextResponse.json(reports);
}
