import { NextResponse } from 'next/server';
import { auth } from '@/auth';

// the board asks who is signed in after a reload: the caller enters nothing, there is nothing to guess
// ok: missing-rate-limit, missing-auth
export async function POST() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  return NextResponse.json({ id: session.user.id, email: session.user.email, role: session.user.role });
}
