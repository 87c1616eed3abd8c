import { NextResponse } from 'next/server';
import { db } from '@/db';
import { teams } from '@/db/schema';
import { requirePlatformAdmin } from '@/lib/auth';

// ok: missing-auth, missing-role-check
export async function GET() {
  await requirePlatformAdmin();
  // ok: unscoped-tenant-query
  const all = await db.select().from(teams);
  return NextResponse.json(all);
}
