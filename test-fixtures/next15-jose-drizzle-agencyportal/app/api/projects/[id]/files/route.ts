import { NextResponse } from 'next/server';
import { headers } from 'next/headers';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { files } from '@/db/schema';

// The middleware verified the session and set x-portal-client-id from it.
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const clientId = Number((await headers()).get('x-portal-client-id'));
  if (!clientId) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const { id } = await params;
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(files)
    .where(and(eq(files.projectId, Number(id)), eq(files.clientId, clientId)))
    .orderBy(desc(files.uploadedAt));
  return NextResponse.json(rows);
}
