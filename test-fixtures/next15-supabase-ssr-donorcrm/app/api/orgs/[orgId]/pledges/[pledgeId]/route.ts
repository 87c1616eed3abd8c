import { NextResponse } from 'next/server';
import { createClient } from '@/lib/supabase/server';
import { supabaseAdmin } from '@/lib/supabase/admin';

type Ctx = { params: Promise<{ orgId: string; pledgeId: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { pledgeId } = await params;
  // ok: unscoped-tenant-query
  const { data, error } = await supabase.from('pledges').select('*').eq('id', pledgeId).single();
  if (error) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(data);
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { pledgeId } = await params;
  // expect: unscoped-tenant-query
  const { error } = await supabaseAdmin.from('pledges').delete().eq('id', pledgeId);
  if (error) {
    console.error('pledge delete failed', error);
    return NextResponse.json({ error: 'Could not delete pledge' }, { status: 500 });
  }
  return new NextResponse(null, { status: 204 });
}
