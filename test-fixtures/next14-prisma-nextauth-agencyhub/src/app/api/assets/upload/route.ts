import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { uploadRatelimit } from '@/lib/ratelimit';
import { putFile } from '@/lib/s3';

const MAX_BYTES = 25 * 1024 * 1024;
const ALLOWED = ['image/png', 'image/jpeg', 'image/webp', 'video/mp4', 'application/pdf'];

// the stored content type is the client's word, refused unless an allowlist holds it: the value written is one of the
// app's own; the project id was found within the caller's team and the key is the storage's
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(request: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { success } = await uploadRatelimit.limit(session.user.id);
  if (!success) return NextResponse.json({ error: 'Too many uploads' }, { status: 429 });

  // ok: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'file is required' }, { status: 400 });
  if (file.size > MAX_BYTES) return NextResponse.json({ error: 'File too large' }, { status: 413 });
  if (!ALLOWED.includes(file.type)) return NextResponse.json({ error: 'Unsupported type' }, { status: 415 });

  const projectId = form.get('projectId')?.toString() || null;
  if (projectId) {
    // ok: unscoped-tenant-query
    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
    if (!project) return NextResponse.json({ error: 'Unknown project' }, { status: 404 });
  }
  const key = await putFile(`${session.user.teamId}/${crypto.randomUUID()}`, file);
  const asset = await prisma.asset.create({
    data: { teamId: session.user.teamId, projectId, key, contentType: file.type, size: file.size },
  });
  return NextResponse.json(asset, { status: 201 });
}
