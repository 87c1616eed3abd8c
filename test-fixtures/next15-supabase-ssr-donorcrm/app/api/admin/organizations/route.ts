import { NextResponse } from 'next/server';
import { requireUser } from '@/lib/auth';
import { supabaseAdmin } from '@/lib/supabase/admin';
import { withApiErrors } from '@/lib/api';

// expect: missing-role-check
export const GET = withApiErrors(async () => {
  await requireUser();
  // expect: unscoped-tenant-query
  const { data, error } = await supabaseAdmin.from('organizations').select('id, name, suspended, created_at').order('created_at');
  if (error) throw error;
  return NextResponse.json(data);
});
