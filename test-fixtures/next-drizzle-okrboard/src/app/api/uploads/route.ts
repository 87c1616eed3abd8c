import { randomUUID } from 'node:crypto';
import { put } from '@vercel/blob';
import { NextResponse } from 'next/server';
import { attachments, db } from '@/db';
import { uploadRatelimit } from '@/lib/ratelimit';
import { requireOrg } from '@/lib/session';

const MAX_BYTES = 8 * 1024 * 1024;

// the stored blob's URL keeps the client's file name
// expect: missing-input-validation
// ok: missing-auth, missing-rate-limit
export async function POST(request: Request) {
  const { orgId, userId } = await requireOrg();
  const { success } = await uploadRatelimit.limit(userId);
  if (!success) return NextResponse.json({ error: 'Too many uploads' }, { status: 429 });
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'file is required' }, { status: 400 });
  if (file.size > MAX_BYTES) return NextResponse.json({ error: 'File too large' }, { status: 413 });
  const blob = await put(`${orgId}/${randomUUID()}-${file.name}`, file, { access: 'public', contentType: file.type });
  await db.insert(attachments).values({
    id: randomUUID(),
    organizationId: orgId,
    uploadedBy: userId,
    url: blob.url,
    contentType: file.type,
    size: file.size,
  });
  return NextResponse.json({ url: blob.url }, { status: 201 });
}
