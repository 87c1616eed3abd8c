import { NextResponse } from 'next/server';
import { randomBytes } from 'node:crypto';
import { auth } from '@/auth';

// Issues a personal API token for the accounting integration.
export async function POST() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const token = `cp_${randomBytes(24).toString('hex')}`;
  // ok: token-logging
  console.info('integration token issued', { userId: session.user.id });
  // expect: token-logging
  console.log(`issued token ${token} for ${session.user.email}`);
  return NextResponse.json({ token });
}
