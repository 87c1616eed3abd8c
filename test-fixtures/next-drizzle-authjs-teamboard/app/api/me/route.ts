import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db, users } from '@/db';

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const me = await db.query.users.findFirst({
    where: eq(users.id, session.user.id),
    columns: { id: true, email: true, name: true, bio: true, image: true },
  });
  return NextResponse.json(me);
}

// the whole body goes into the user row: role included
// expect: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  try {
    const body = await req.json();
    const [me] = await db.update(users).set(body).where(eq(users.id, session.user.id)).returning();
    return NextResponse.json({ id: me.id, name: me.name });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}
