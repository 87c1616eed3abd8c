import { count } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { donations, organizations } from '@/db/schema';

// ok: missing-auth, missing-role-check
export async function GET() {
  const [{ orgs }] = await db.select({ orgs: count() }).from(organizations);
  const [{ gifts }] = await db.select({ gifts: count() }).from(donations);
  // ok: unscoped-tenant-query
  const recent = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).limit(20);
  return NextResponse.json({ orgs, gifts, recent });
}
