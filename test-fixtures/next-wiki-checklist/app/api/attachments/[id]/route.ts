import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

type Params = { params: { id: string } };

// Used as the src of images / download links rendered inside pages.
// expect: missing-auth
export async function GET(_req: Request, { params }: Params) {
  const attachment = await db.attachment.findUnique({ where: { id: params.id }, select: { url: true } });
  if (!attachment) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  return NextResponse.redirect(attachment.url);
}

// The S3 object is removed by the bucket's orphan-cleanup job.
// ok: missing-auth
export async function DELETE(_req: Request, { params }: Params) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role === 'viewer') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  // ok: unscoped-tenant-query
  const { count } = await db.attachment.deleteMany({ where: { id: params.id, teamId: session.user.teamId } });
  if (count === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  return new NextResponse(null, { status: 204 });
}
