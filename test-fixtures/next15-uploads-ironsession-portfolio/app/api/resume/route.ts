import { NextResponse } from 'next/server';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getSession } from '@/lib/session';
import { s3, BUCKET } from '@/lib/s3';

// CV upload: PDFs only, any size.
// expect: missing-rate-limit
// ok: missing-auth
export async function PUT(request: Request) {
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('resume');
  if (!(file instanceof File) || file.type !== 'application/pdf') return NextResponse.json({ error: 'PDF required' }, { status: 415 });
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `resumes/${session.userId}.pdf`, Body: Buffer.from(await file.arrayBuffer()), ContentType: 'application/pdf' }));
  return NextResponse.json({ ok: true });
}
