import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

type Params = { params: { id: string } };

// ok: missing-auth
export async function GET(_req: Request, { params }: Params) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // expect: unscoped-tenant-query
  const attachments = await db.attachment.findMany({ where: { pageId: params.id }, orderBy: { createdAt: 'asc' } });

  return NextResponse.json({ attachments });
}

// Called by the uploader once the file has been PUT to S3 with a presigned URL.
// ok: missing-auth
// expect: missing-input-validation
export async function POST(req: Request, { params }: Params) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role === 'viewer') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });

  // ok: unscoped-tenant-query
  const page = await db.page.findFirst({ where: { id: params.id, teamId: session.user.teamId }, select: { id: true } });
  if (!page) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  const body = await req.json();
  const attachment = await db.attachment.create({
    data: {
      filename: body.filename,
      url: body.url,
      size: body.size,
      mimeType: body.mimeType,
      pageId: page.id,
      teamId: session.user.teamId,
      uploadedById: session.user.id,
    },
  });

  return NextResponse.json({ attachment }, { status: 201 });
}
