import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/lib/db';
import { documents } from '@/lib/db/schema';

// Signed-in users only: middleware.ts matches /api/projects/:path*.
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  // expect: unscoped-tenant-query
  const rows = await db.select().from(documents).where(eq(documents.projectId, projectId));
  return NextResponse.json(rows);
}
