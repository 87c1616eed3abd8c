import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { putFile } from '@/lib/s3';

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(request: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('avatar') as File | null;
  if (!file) return NextResponse.json({ error: 'avatar is required' }, { status: 400 });
  const key = await putFile(`avatars/${session.user.id}`, file);
  await prisma.user.update({ where: { id: session.user.id }, data: { image: key } });
  return NextResponse.json({ image: key });
}
