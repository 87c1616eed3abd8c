import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db } from '@/lib/db';
import { documents } from '@/lib/db/schema';
import { verifySession } from '@/lib/dal';

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const user = await verifySession();
  const { id } = await params;
  // ok: unscoped-tenant-query
  const doc = await db.query.documents.findFirst({
    where: and(eq(documents.id, id), eq(documents.orgId, user.orgId)),
  });
  return doc ? NextResponse.json(doc) : NextResponse.json({ error: 'Not found' }, { status: 404 });
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  await verifySession();
  const { id } = await params;
  // expect: unscoped-tenant-query
  await db.delete(documents).where(eq(documents.id, id));
  return new NextResponse(null, { status: 204 });
}
