import { desc } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db, organizations } from '@/lib/db';
import { requirePlatformAdmin, toErrorResponse } from '@/lib/auth';

// ok: missing-auth, missing-role-check
export async function GET() {
  try {
    await requirePlatformAdmin();
    // ok: unscoped-tenant-query
    const rows = await db.select().from(organizations).orderBy(desc(organizations.createdAt)).limit(200);
    return NextResponse.json(rows);
  } catch (err) {
    return toErrorResponse(err);
  }
}
