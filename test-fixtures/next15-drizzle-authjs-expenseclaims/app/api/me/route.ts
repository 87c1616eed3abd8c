import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db, users } from '@/lib/db';
import { getSessionUser, unauthorized } from '@/lib/session';

// ok: missing-auth
export async function GET() {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  try {
    // ok: unscoped-tenant-query
    const me = await db.query.users.findFirst({
      where: eq(users.id, user.id),
      columns: { id: true, email: true, name: true, role: true, orgId: true },
    });
    return NextResponse.json(me);
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}
