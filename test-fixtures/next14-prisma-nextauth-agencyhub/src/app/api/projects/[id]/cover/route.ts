import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { uploadRatelimit } from '@/lib/ratelimit';
import { putFile } from '@/lib/s3';
import { assertImageUpload, UploadRejected } from '@/lib/files';

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function PUT(request: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { success } = await uploadRatelimit.limit(session.user.id);
  if (!success) return NextResponse.json({ error: 'Too many uploads' }, { status: 429 });
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id: params.id, teamId: session.user.teamId } });
  if (!project) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: unrestricted-upload
  const form = await request.formData();
  const cover = form.get('cover') as File | null;
  if (!cover) return NextResponse.json({ error: 'cover is required' }, { status: 400 });
  try {
    assertImageUpload(cover);
  } catch (e) {
    if (e instanceof UploadRejected) return NextResponse.json({ error: e.message }, { status: 400 });
    throw e;
  }
  const coverKey = await putFile(`${session.user.teamId}/covers/${project.id}`, cover);
  // ok: unscoped-tenant-query
  await prisma.project.update({ where: { id: project.id }, data: { coverKey } });
  return NextResponse.json({ coverKey });
}
