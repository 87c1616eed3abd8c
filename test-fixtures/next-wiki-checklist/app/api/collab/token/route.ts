import { NextRequest, NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { signCollabToken } from '@/lib/tokens';

// Short-lived token for the realtime collaboration server (NEXT_PUBLIC_COLLAB_URL).
// ok: missing-auth
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const pageId = req.nextUrl.searchParams.get('pageId');
  if (!pageId) return NextResponse.json({ error: 'pageId is required' }, { status: 400 });

  // ok: unscoped-tenant-query
  const page = await db.page.findFirst({ where: { id: pageId, teamId: session.user.teamId }, select: { id: true } });
  if (!page) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  const token = await signCollabToken(session.user.id, page.id, session.user.role === 'viewer');
  return NextResponse.json({ token, expiresIn: 3600 });
}
