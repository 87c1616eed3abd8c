import { NextResponse } from 'next/server';
import { adminClient, createUserClient } from '@/lib/supabase';

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const supabase = createUserClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // the service-role client bypasses RLS, and medical_records has no policy anyway
  // expect: unscoped-tenant-query
  const { data } = await adminClient.from('medical_records').select('id, summary').eq('id', params.id).single();
  return NextResponse.json(data);
}

export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const supabase = createUserClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { data: profile, error: profileError } = await supabase.from('profiles').select('clinic_id').eq('id', user.id).single();
  if (profileError) {
    // ok: error-details-leak
    return NextResponse.json({ error: profileError.message }, { status: 404 });
  }
  // ok: unscoped-tenant-query
  const { error } = await adminClient.from('medical_records').delete().match({ id: params.id, clinic_id: profile?.clinic_id });
  if (error) {
    // expect: error-details-leak
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
  return new NextResponse(null, { status: 204 });
}
