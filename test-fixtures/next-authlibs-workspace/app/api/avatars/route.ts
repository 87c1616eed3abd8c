import { NextResponse } from 'next/server';
import { put } from '@vercel/blob';
import { verifyFirebaseUser } from '@/lib/firebase';

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(req: Request) {
  const user = await verifyFirebaseUser(req);
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: unrestricted-upload
  const form = await req.formData();
  const file = form.get('avatar') as File;
  const blob = await put(`avatars/${user.uid}`, await file.arrayBuffer(), { access: 'public' });
  return NextResponse.json({ url: blob.url });
}
