import { NextResponse } from 'next/server';
import { auth0 } from '@/lib/auth0';
import { prisma } from '@/lib/prisma';

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Ctx) {
  const session = await auth0.getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { id } = await params;
  // expect: unscoped-tenant-query
  const ticket = await prisma.ticket.findUnique({ where: { id }, include: { comments: true } });
  if (!ticket) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(ticket);
}

// expect: missing-input-validation
export async function PATCH(request: Request, { params }: Ctx) {
  const session = await auth0.getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const user = await prisma.user.findUniqueOrThrow({ where: { auth0Sub: session.user.sub } });
  const { id } = await params;
  const body = await request.json();
  try {
    // ok: unscoped-tenant-query
    const result = await prisma.ticket.updateMany({
      where: { id, organizationId: user.organizationId },
      data: { status: body.status, priority: body.priority, assigneeId: body.assigneeId },
    });
    return NextResponse.json({ updated: result.count });
  } catch (e) {
    // expect: error-details-leak
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
}

export async function DELETE(_request: Request, { params }: Ctx) {
  const session = await auth0.getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const user = await prisma.user.findUniqueOrThrow({ where: { auth0Sub: session.user.sub } });
  const { id } = await params;
  // ok: unscoped-tenant-query
  const ticket = await prisma.ticket.findUnique({ where: { id } });
  if (!ticket || ticket.organizationId !== user.organizationId) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  await prisma.ticket.delete({ where: { id: ticket.id } });
  return new NextResponse(null, { status: 204 });
}
