import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getSession } from '../../../../../server/auth';
import { prisma } from '../../../../../server/db';

const createSchema = z.object({ url: z.string().url(), events: z.array(z.string()).min(1) });

async function membership(teamId: string) {
  const session = await getSession();
  if (!session?.user?.email) return null;
  return prisma.teamMember.findFirst({ where: { teamId, user: { email: session.user.email } } });
}

// the team settings page lists the endpoints we deliver events to
// ok: unverified-webhook, missing-auth
export async function GET(_req: Request, { params }: { params: { teamId: string } }) {
  const session = await getSession();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const member = await membership(params.teamId);
  if (!member) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const hooks = await prisma.webhook.findMany({ where: { teamId: params.teamId }, select: { id: true, url: true, events: true, enabled: true } });
  return NextResponse.json(hooks);
}

// ok: unverified-webhook, missing-auth
export async function POST(req: Request, { params }: { params: { teamId: string } }) {
  const session = await getSession();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const member = await membership(params.teamId);
  if (!member || member.role !== 'ADMIN') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  const input = createSchema.parse(await req.json());
  const hook = await prisma.webhook.create({ data: { teamId: params.teamId, url: input.url, events: input.events, secret: crypto.randomUUID() } });
  return NextResponse.json({ id: hook.id }, { status: 201 });
}
