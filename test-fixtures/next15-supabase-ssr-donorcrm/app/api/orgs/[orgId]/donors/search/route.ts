import { NextResponse } from 'next/server';
import { db } from '@/db';
import { requireMembership } from '@/lib/auth';
import { withApiErrors } from '@/lib/api';
import { createClient } from '@/lib/supabase/server';

type Ctx = { params: Promise<{ orgId: string }> };

// ok: missing-auth
export const GET = withApiErrors(async (req: Request, { params }: Ctx) => {
  const { orgId } = await params;
  await requireMembership(orgId);
  const q = new URL(req.url).searchParams.get('q') ?? '';
  // ok: unscoped-tenant-query
  const rows = await db.query.donors.findMany({
    where: (d, { and, eq, ilike }) => and(eq(d.orgId, orgId), ilike(d.fullName, `%${q}%`)),
    limit: 25,
  });
  return NextResponse.json(rows);
});

// the quick-view card reads through the user's Supabase client
// ok: missing-auth
export const POST = withApiErrors(async (req: Request) => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { donorId } = (await req.json()) as { donorId: string };
  // expect: unscoped-tenant-query
  const { data } = await supabase.from('donors').select('id, full_name, email, notes').eq('id', donorId).maybeSingle();
  return NextResponse.json(data);
});
