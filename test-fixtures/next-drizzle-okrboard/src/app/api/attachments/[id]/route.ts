import { and, eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { attachments, db } from '@/db';
import { auth } from '@/lib/auth';

type Params = { params: Promise<{ id: string }> };

// the 401 response is built and dropped (no return): anonymous callers go on to the delete
// expect: missing-auth
export async function DELETE(_request: Request, { params }: Params) {
  const { id } = await params;
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  await db.delete(attachments).where(eq(attachments.id, id));
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.session.activeOrganizationId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  // ok: unscoped-tenant-query
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.organizationId, session.session.activeOrganizationId)));
  return row ? NextResponse.json(row) : NextResponse.json({ error: 'Not found' }, { status: 404 });
}
