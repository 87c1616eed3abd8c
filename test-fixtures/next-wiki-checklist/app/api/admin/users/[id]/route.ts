import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

type Params = { params: { id: string } };

// Settings → Members → "Remove from workspace".
// ok: missing-auth
// expect: missing-role-check
export async function DELETE(_req: Request, { params }: Params) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (params.id === session.user.id) {
    return NextResponse.json({ error: 'Use "Leave workspace" to remove yourself' }, { status: 400 });
  }

  // ok: unscoped-tenant-query
  const { count } = await db.user.deleteMany({ where: { id: params.id, teamId: session.user.teamId } });
  if (count === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  return new NextResponse(null, { status: 204 });
}
