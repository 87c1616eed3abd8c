import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getSession } from '../../../../../../server/auth';
import { prisma } from '../../../../../../server/db';

async function requireTeamAdmin(teamId: string) {
  const session = await getSession();
  if (!session?.user?.email) return null;
  const member = await prisma.teamMember.findFirst({ where: { teamId, user: { email: session.user.email } } });
  return member && member.role === 'ADMIN' ? member : null;
}

// ok: unverified-webhook, missing-auth
export async function PATCH(req: Request, { params }: { params: { teamId: string; webhookId: string } }) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  if (!(await requireTeamAdmin(params.teamId))) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  const { enabled } = z.object({ enabled: z.boolean() }).parse(await req.json());
  await prisma.webhook.update({ where: { id: params.webhookId, teamId: params.teamId }, data: { enabled } });
  return NextResponse.json({ ok: true });
}

// ok: unverified-webhook, missing-auth
export async function DELETE(_req: Request, { params }: { params: { teamId: string; webhookId: string } }) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  if (!(await requireTeamAdmin(params.teamId))) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  await prisma.webhook.delete({ where: { id: params.webhookId, teamId: params.teamId } });
  return new NextResponse(null, { status: 204 });
}
