import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth0 } from '@/lib/auth0';
import { prisma } from '@/lib/prisma';

const NewTicket = z.object({
  subject: z.string().min(3).max(200),
  body: z.string().max(20_000),
  requesterEmail: z.string().email(),
  priority: z.enum(['LOW', 'NORMAL', 'HIGH']).default('NORMAL'),
});

async function me() {
  const session = await auth0.getSession();
  if (!session) return null;
  return prisma.user.findUnique({ where: { auth0Sub: session.user.sub } });
}

export async function GET(request: Request) {
  const user = await me();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const status = new URL(request.url).searchParams.get('status') ?? undefined;
  // ok: unscoped-tenant-query
  const tickets = await prisma.ticket.findMany({
    where: { organizationId: user.organizationId, status },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  return NextResponse.json(tickets);
}

// ok: missing-input-validation
export async function POST(request: Request) {
  const user = await me();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const input = NewTicket.parse(await request.json());
  const ticket = await prisma.ticket.create({ data: { ...input, organizationId: user.organizationId } });
  return NextResponse.json(ticket, { status: 201 });
}
