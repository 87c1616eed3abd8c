import { NextResponse } from 'next/server';
import { db } from '@/db';
import { receipts } from '@/db/schema';
import { HttpError, requireMembership } from '@/lib/auth';
import { supabaseAdmin } from '@/lib/supabase/admin';

// expect: missing-rate-limit, missing-input-validation
export async function POST(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  try {
    await requireMembership(orgId, ['owner', 'admin', 'fundraiser']);
  } catch (err) {
    if (err instanceof HttpError) return NextResponse.json({ error: err.message }, { status: err.status });
    throw err;
  }

  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file') as File | null;
  if (!file) return NextResponse.json({ error: 'file is required' }, { status: 400 });

  const storagePath = `${orgId}/${crypto.randomUUID()}-${file.name}`;
  const { error } = await supabaseAdmin.storage.from('receipts').upload(storagePath, file, { contentType: file.type });
  if (error) {
    // expect: error-details-leak
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
  const [row] = await db.insert(receipts).values({ orgId, storagePath }).returning();
  return NextResponse.json(row, { status: 201 });
}
