import { desc } from 'drizzle-orm';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { db, organization } from '@/db';
import { auth } from '@/lib/auth';

// ok: missing-auth, missing-role-check
export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'admin') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  // ok: unscoped-tenant-query
  const orgs = await db.select().from(organization).orderBy(desc(organization.createdAt));
  return NextResponse.json(orgs);
}
