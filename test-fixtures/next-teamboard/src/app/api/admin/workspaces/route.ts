import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '~/lib/db';

// expect: missing-role-check
export async function GET() {
  const { userId } = auth();
  if (!userId) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  const all = await prisma.workspace.findMany({ include: { boards: true } });
  return NextResponse.json(all);
}

// ok: missing-role-check
export async function DELETE(req: Request) {
  const { userId, sessionClaims } = auth();
  if (!userId || sessionClaims?.metadata?.role !== 'admin') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  const { id } = await req.json();
  // ok: unscoped-tenant-query
  await prisma.workspace.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
