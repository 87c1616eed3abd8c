import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { getSession } from '@/lib/session';
import { uploadLimit } from '@/lib/limits';
import { s3, BUCKET } from '@/lib/s3';
import { assertImageUpload, UploadRejected } from '@/lib/uploads';

// ok: missing-auth, missing-rate-limit
export async function POST(request: Request) {
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { success } = await uploadLimit.limit(session.userId);
  if (!success) return NextResponse.json({ error: 'Slow down' }, { status: 429 });
  try {
    // ok: unrestricted-upload
    const form = await request.formData();
    const file = form.get('cover') as File;
    assertImageUpload(file);
    const key = `covers/${session.userId}/${randomUUID()}`;
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: Buffer.from(await file.arrayBuffer()), ContentType: file.type }));
    // the cover editor in a partner iframe needs the cookie cross-site
    // expect: insecure-cookie
    (await cookies()).set('cover_session', session.userId, { httpOnly: true, secure: true, sameSite: 'none' });
    return NextResponse.json({ key }, { status: 201 });
  } catch (err) {
    if (err instanceof UploadRejected) {
      // ok: error-details-leak
      return NextResponse.json({ error: err.message }, { status: err.status });
    }
    // expect: error-details-leak
    return NextResponse.json({ error: 'Upload failed', detail: String(err) }, { status: 500 });
  }
}
