import { NextResponse } from 'next/server';
import { desc } from 'drizzle-orm';
import { db, organization } from '@/db';
import { requireAdmin } from '@/lib/session';

// ok: missing-auth, missing-role-check
export async function GET() {
  await requireAdmin();
  // ok: unscoped-tenant-query
  const orgs = await db.select().from(organization).orderBy(desc(organization.name));
  return NextResponse.json(orgs);
}
