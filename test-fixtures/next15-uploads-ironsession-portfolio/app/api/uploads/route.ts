import { NextResponse } from 'next/server';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { getSession } from '@/lib/session';
import { uploadLimit } from '@/lib/limits';
import { s3, BUCKET, IMAGE_TYPES, MAX_UPLOAD_BYTES } from '@/lib/s3';

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(request: Request) {
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { success } = await uploadLimit.limit(session.userId);
  if (!success) return NextResponse.json({ error: 'Slow down' }, { status: 429 });

  // ok: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'No file' }, { status: 400 });
  if (file.size > MAX_UPLOAD_BYTES) return NextResponse.json({ error: 'Too large' }, { status: 413 });
  if (!IMAGE_TYPES.has(file.type)) return NextResponse.json({ error: 'Unsupported type' }, { status: 415 });

  const key = `${session.userId}/${randomUUID()}`;
  try {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: Buffer.from(await file.arrayBuffer()), ContentType: file.type }));
    const asset = await prisma.asset.create({ data: { ownerId: session.userId, key, contentType: file.type, bytes: file.size } });
    return NextResponse.json(asset, { status: 201 });
  } catch (err) {
    console.error('upload failed', err);
    // ok: error-details-leak
    return NextResponse.json({ error: 'Upload failed' }, { status: 500 });
  }
}
