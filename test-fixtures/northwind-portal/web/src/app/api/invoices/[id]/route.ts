import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { db } from '@/lib/db';

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  const invoice = await db.invoice.findUnique({ where: { id: params.id } });
  return NextResponse.json(invoice);
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return new NextResponse(null, { status: 401 });
  // ok: unscoped-tenant-query
  await db.invoice.deleteMany({ where: { id: params.id, organizationId: session.user.organizationId } });
  return new NextResponse(null, { status: 204 });
}
