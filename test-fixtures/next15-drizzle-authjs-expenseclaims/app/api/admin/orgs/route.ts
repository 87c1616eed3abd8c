import { NextResponse } from 'next/server';
import { db, organizations } from '@/lib/db';
import { getSessionUser, unauthorized } from '@/lib/session';

// expect: missing-role-check
export async function GET() {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  // expect: unscoped-tenant-query
  const orgs = await db.select().from(organizations);
  return NextResponse.json(orgs);
}
