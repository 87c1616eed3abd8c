import { NextResponse } from 'next/server';
import { verifyFirebaseUser } from '@/lib/firebase';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export async function GET(req: Request, { params }: { params: { fileId: string } }) {
  const user = await verifyFirebaseUser(req);
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const file = await prisma.storedFile.findFirst({ where: { id: params.fileId, ownerId: user.uid } });
  return NextResponse.json(file);
}

// ok: missing-auth
export async function DELETE(req: Request, { params }: { params: { fileId: string } }) {
  const user = await verifyFirebaseUser(req);
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  await prisma.storedFile.delete({ where: { id: params.fileId } });
  return new NextResponse(null, { status: 204 });
}
