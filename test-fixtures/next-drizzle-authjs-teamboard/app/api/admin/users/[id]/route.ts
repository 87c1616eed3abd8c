import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db, users } from '@/db';
import { requireAdmin, requireSession, toResponse } from '@/lib/session';

// ok: missing-auth, missing-role-check
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireAdmin();
    const { id } = await params;
    const user = await db.query.users.findFirst({
      where: eq(users.id, id),
      columns: { id: true, email: true, name: true, role: true, bannedAt: true },
    });
    return user ? NextResponse.json(user) : NextResponse.json({ error: 'not found' }, { status: 404 });
  } catch (err) {
    return toResponse(err);
  }
}

// signed in is all it asks
// expect: missing-role-check
// ok: missing-auth
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireSession();
    const { id } = await params;
    // expect: unscoped-tenant-query
    await db.delete(users).where(eq(users.id, id));
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return toResponse(err);
  }
}
