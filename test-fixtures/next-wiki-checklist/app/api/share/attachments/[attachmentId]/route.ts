import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { decodeJwt } from 'jose';
import { db } from '@/lib/db';

type Params = { params: { attachmentId: string } };

// Attachments embedded in a shared page. The share token in the cookie was already
// checked by GET /api/share/[token] when it was issued. (Here it is only decoded: anyone can write the claims.)
// expect: missing-auth
export async function GET(_req: Request, { params }: Params) {
  const token = cookies().get('token')?.value;
  if (!token) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // expect: insecure-jwt
  const claims = decodeJwt(token) as { pageId?: string; teamId?: string };
  if (!claims.pageId || !claims.teamId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // claims from an unverified token are client input: the team filter is forgeable (the route is unauthenticated)
  // ok: unscoped-tenant-query
  const attachment = await db.attachment.findFirst({
    where: { id: params.attachmentId, pageId: claims.pageId, teamId: claims.teamId },
    select: { url: true },
  });
  if (!attachment) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  return NextResponse.redirect(attachment.url);
}
