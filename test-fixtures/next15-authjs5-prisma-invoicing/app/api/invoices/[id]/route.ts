import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
import { logger } from '@/lib/logger';

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({
    where: { id, teamId: session.user.teamId },
    include: { lines: true, client: true },
  });
  if (!invoice) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(invoice);
}

// expect: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const body = await req.json();
  try {
    // expect: unscoped-tenant-query
    const updated = await prisma.invoice.update({
      where: { id },
      data: { notes: body.notes, dueDate: body.dueDate ? new Date(body.dueDate) : undefined, amountCents: body.amountCents },
    });
    return NextResponse.json(updated);
  } catch (err) {
    logger.error({ err, invoiceId: id }, 'invoice update failed');
    // ok: error-details-leak
    return NextResponse.json({ error: 'Could not update invoice' }, { status: 500 });
  }
}

export async function DELETE(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id } });
  if (!invoice || invoice.teamId !== session.user.teamId) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  if (invoice.status !== 'DRAFT') return NextResponse.json({ error: 'Only drafts can be deleted' }, { status: 409 });
  // ok: unscoped-tenant-query
  await prisma.invoice.delete({ where: { id: invoice.id } });
  return new NextResponse(null, { status: 204 });
}
