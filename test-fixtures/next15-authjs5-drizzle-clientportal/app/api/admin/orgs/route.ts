import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { organizations } from '@/lib/db/schema';

// expect: missing-role-check
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // expect: unscoped-tenant-query
  const orgs = await db.select().from(organizations);
  return NextResponse.json(orgs);
}
