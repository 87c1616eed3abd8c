import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { db, teams } from '@/db';

const Announcement = z.object({ message: z.string().min(1).max(500) });

// the 403 is built but never returned: every signed-in user gets through
// expect: missing-role-check
// ok: missing-auth
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  if (session.user.role !== 'admin') {
    NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  const { message } = Announcement.parse(await req.json());
  // only how many teams there are goes back: a total over every tenant, as `count()` is (the role check is the finding)
  // ok: unscoped-tenant-query
  const all = await db.select({ id: teams.id }).from(teams);
  return NextResponse.json({ queued: all.length, message });
}
