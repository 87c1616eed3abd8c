import { NextResponse } from 'next/server';
import { createUserClient } from '@/lib/supabase';

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const supabase = createUserClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // RLS on appointments scopes this to the caller's clinic
  // ok: unscoped-tenant-query
  const { data } = await supabase.from('appointments').select('*').eq('id', params.id).single();
  return NextResponse.json(data);
}
