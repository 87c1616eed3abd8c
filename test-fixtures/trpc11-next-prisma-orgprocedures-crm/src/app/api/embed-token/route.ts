import jwt from 'jsonwebtoken';
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { getServerAuthSession } from '@/server/auth';

// short-lived token for the embeddable pipeline widget
export async function POST() {
  const session = await getServerAuthSession();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: insecure-jwt
  const token = jwt.sign({ sub: session.user.id, scope: 'embed' }, 'widget', { expiresIn: '10m' });
  // expect: insecure-cookie
  cookies().set('crm_embed_token', token, { path: '/', sameSite: 'none' });
  // ok: insecure-cookie
  cookies().set('crm_last_view', 'pipeline', { path: '/' });
  return NextResponse.json({ token });
}
