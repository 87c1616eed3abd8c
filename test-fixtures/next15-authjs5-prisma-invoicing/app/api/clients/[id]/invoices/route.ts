import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // the client is looked up inside the caller's team first
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id, teamId: session.user.teamId } });
  if (!client) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { clientId: client.id }, orderBy: { createdAt: 'desc' } });
  return NextResponse.json(invoices);
}

export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // voids every draft of the client, whichever team it belongs to
  // expect: unscoped-tenant-query
  const { count } = await prisma.invoice.deleteMany({ where: { clientId: id, status: 'DRAFT' } });
  return NextResponse.json({ deleted: count });
}
