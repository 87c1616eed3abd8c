import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { signEmbedToken } from '@/lib/embed';

// ok: missing-auth
export async function POST(req: NextRequest) {
  // expect: token-logging
  console.log('embed token request', req.nextUrl.pathname, cookies().getAll());
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { pageId } = (await req.json()) as { pageId: string };
  // ok: unscoped-tenant-query
  const page = await db.page.findFirst({ where: { id: pageId, teamId: session.user.teamId, shareEnabled: true }, select: { id: true } });
  if (!page) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: token-logging
  console.info('embed token issued', { pageId: page.id, userId: session.user.id });
  return NextResponse.json({ token: await signEmbedToken(page.id) });
}
