import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { db } from '@/lib/db';
import { verifyShareToken } from '@/lib/tokens';

type Params = { params: { token: string } };

// Public share links (/s/<token>). Access comes from the signed link, not a session.
// ok: missing-auth
export async function GET(_req: Request, { params }: Params) {
  const claims = await verifyShareToken(params.token).catch(() => null);
  if (!claims) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  const page = await db.page.findFirst({
    where: { id: claims.pageId, teamId: claims.teamId, shareEnabled: true, archived: false },
    select: { id: true, title: true, content: true, updatedAt: true },
  });
  if (!page) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  // Lets images / downloads inside the shared page reach /api/share/attachments/*.
  // ok: insecure-cookie
  cookies().set('token', params.token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/api/share', maxAge: 60 * 60 });

  return NextResponse.json({ page });
}
