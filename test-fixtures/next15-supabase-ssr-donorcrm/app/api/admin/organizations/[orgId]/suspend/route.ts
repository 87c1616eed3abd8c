import { NextResponse } from 'next/server';
import { isPlatformAdmin, requireUser } from '@/lib/auth';
import { supabaseAdmin } from '@/lib/supabase/admin';
import { withApiErrors } from '@/lib/api';

// ok: missing-auth, missing-role-check
export const POST = withApiErrors(async (_req: Request, { params }: { params: Promise<{ orgId: string }> }) => {
  const user = await requireUser();
  if (!isPlatformAdmin(user)) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const { orgId } = await params;
  // ok: unscoped-tenant-query
  const { error } = await supabaseAdmin.from('organizations').update({ suspended: true }).eq('id', orgId);
  if (error) {
    console.error('suspend failed', error);
    return NextResponse.json({ error: 'Could not suspend organization' }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
});
