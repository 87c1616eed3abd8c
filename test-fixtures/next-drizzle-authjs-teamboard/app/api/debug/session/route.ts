import { NextResponse } from 'next/server';
import { auth } from '@/auth';

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: token-logging
  console.log('debug session', JSON.stringify(session));
  return NextResponse.json({ user: session.user.id, team: session.user.teamId });
}
