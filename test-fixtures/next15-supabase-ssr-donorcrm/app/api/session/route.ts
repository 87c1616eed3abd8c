import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { createClient } from '@/lib/supabase/server';

// mobile companion app: exchanges the Supabase session for a long-lived device cookie
// ok: missing-auth
export async function POST() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const {
    data: { session },
  } = await supabase.auth.getSession();
  const cookieStore = await cookies();
  // ok: insecure-cookie
  cookieStore.set('device_refresh_token', session!.refresh_token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 60 * 60 * 24 * 30 });
  // expect: token-logging
  console.info(`issued device cookie for ${user.id}: ${session!.refresh_token}`);
  return NextResponse.json({ ok: true });
}
