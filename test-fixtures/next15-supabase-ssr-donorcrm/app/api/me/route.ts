import { NextResponse } from 'next/server';
import { createClient } from '@/lib/supabase/server';

// ok: missing-auth
export async function GET(request: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const {
    data: { session },
  } = await supabase.auth.getSession();
  // expect: token-logging
  console.log('me: session refreshed', session);
  return NextResponse.json(
    { id: user.id, email: user.email },
    {
      headers: {
        // expect: cors-wildcard
        'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
        'Access-Control-Allow-Credentials': 'true',
      },
    },
  );
}
