import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { verifySudoToken } from '@/lib/tokens';

const updateRoleSchema = z.object({
  userId: z.string().cuid(),
  role: z.enum(['admin', 'editor', 'viewer']),
});

// ok: missing-auth
// ok: missing-role-check
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'admin') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  const [users, invites] = await Promise.all([
    db.user.findMany({
      where: { teamId: session.user.teamId },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    }),
    db.invite.findMany({
      where: { teamId: session.user.teamId, acceptedAt: null },
      select: { id: true, email: true, role: true, createdAt: true },
    }),
  ]);

  return NextResponse.json({ users, invites });
}

// ok: missing-role-check
// ok: missing-input-validation
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'admin') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  const sudo = cookies().get('session')?.value;
  if (!sudo || !(await verifySudoToken(sudo, session.user.id))) {
    return NextResponse.json({ error: 'Please confirm your password', code: 'SUDO_REQUIRED' }, { status: 403 });
  }

  const parsed = updateRoleSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Invalid request' }, { status: 400 });
  if (parsed.data.userId === session.user.id) {
    return NextResponse.json({ error: 'You cannot change your own role' }, { status: 400 });
  }

  // ok: unscoped-tenant-query
  const { count } = await db.user.updateMany({ where: { id: parsed.data.userId, teamId: session.user.teamId }, data: { role: parsed.data.role } });
  if (count === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  return NextResponse.json({ ok: true });
}
