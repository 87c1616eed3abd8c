import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';
import { getSession } from '@/lib/session';

// ok: missing-auth
export async function GET() {
  const session = await getSession();
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  // The session is the verified token's claims (user, client, role), not the token.
  // ok: token-logging
  console.debug('GET /api/me', session);
  // ok: unscoped-tenant-query
  const me = await db.query.users.findFirst({
    where: eq(users.id, session.userId),
    columns: { id: true, email: true, name: true, role: true, clientId: true },
  });
  return NextResponse.json(me);
}
