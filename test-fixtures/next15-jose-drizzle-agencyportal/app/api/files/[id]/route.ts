import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { files } from '@/db/schema';
import { withSession } from '@/lib/session';

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export const GET = withSession<Ctx>(async (_req, { params }) => {
  const fileId = Number((await params).id);
  // expect: unscoped-tenant-query
  const file = await db.query.files.findFirst({ where: (f, { eq }) => eq(f.id, fileId) });
  if (!file) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(file);
});

// ok: missing-auth
export const DELETE = withSession<Ctx>(async (_req, { params }, session) => {
  const fileId = Number((await params).id);
  // ok: unscoped-tenant-query
  const file = await db.query.files.findFirst({ where: (f, { eq }) => eq(f.id, fileId) });
  if (!file || file.clientId !== session.clientId) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  // ok: unscoped-tenant-query
  await db.delete(files).where(eq(files.id, file.id));
  return new NextResponse(null, { status: 204 });
});
