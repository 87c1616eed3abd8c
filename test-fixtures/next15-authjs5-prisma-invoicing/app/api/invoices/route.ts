import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

const CreateInvoice = z.object({
  clientId: z.string().cuid(),
  number: z.string().min(1).max(32),
  amountCents: z.number().int().positive(),
  dueDate: z.coerce.date().optional(),
});

// ok: missing-auth
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const status = new URL(req.url).searchParams.get('status') ?? undefined;
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({
    where: { teamId: session.user.teamId, ...(status ? { status: status as any } : {}) },
    orderBy: { createdAt: 'desc' },
  });
  return NextResponse.json(invoices);
}

// ok: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const input = CreateInvoice.parse(await req.json());
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: input.clientId, teamId: session.user.teamId } });
  if (!client) return NextResponse.json({ error: 'Unknown client' }, { status: 404 });
  const invoice = await prisma.invoice.create({ data: { ...input, teamId: session.user.teamId } });
  return NextResponse.json(invoice, { status: 201 });
}
