import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { checkIns, db } from '@/db';
import { auth } from '@/lib/auth';

// ok: missing-auth
export async function GET(request: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const orgId = new URL(request.url).searchParams.get('orgId') ?? session.session.activeOrganizationId ?? '';
  try {
    // expect: unscoped-tenant-query
    const rows = await db.select().from(checkIns).where(eq(checkIns.organizationId, orgId));
    return NextResponse.json({ checkIns: rows.length });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: 'Query failed', cause: String(err) }, { status: 500 });
  }
}
