import { and, eq } from 'drizzle-orm';
import { del } from '@vercel/blob';
import { NextResponse } from 'next/server';
import { db, documents } from '@/lib/db';
import { requireMembership, requireUser, toErrorResponse } from '@/lib/auth';

type Params = { params: Promise<{ orgId: string; documentId: string }> };

// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  try {
    const { orgId, documentId } = await params;
    await requireMembership(orgId);
    // ok: unscoped-tenant-query
    const doc = await db.query.documents.findFirst({ where: eq(documents.id, documentId) });
    if (!doc || doc.orgId !== orgId) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    return NextResponse.json(doc);
  } catch (err) {
    return toErrorResponse(err);
  }
}

// signed in, but the orgId in the path is never checked against the caller's memberships
// ok: missing-auth
export async function DELETE(_request: Request, { params }: Params) {
  try {
    await requireUser();
    const { orgId, documentId } = await params;
    // expect: unscoped-tenant-query
    const [doc] = await db
      .delete(documents)
      .where(and(eq(documents.id, documentId), eq(documents.orgId, orgId)))
      .returning();
    if (doc) await del(doc.url);
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return toErrorResponse(err);
  }
}
