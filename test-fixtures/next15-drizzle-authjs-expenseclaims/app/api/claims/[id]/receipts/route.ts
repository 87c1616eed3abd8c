import { NextRequest, NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db, claims, receipts } from '@/lib/db';
import { getSessionUser, unauthorized } from '@/lib/session';
import { putObject } from '@/lib/storage';

const MAX_BYTES = 8 * 1024 * 1024;

// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
export async function POST(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const { id } = await params;
  // ok: unscoped-tenant-query
  const claim = await db.query.claims.findFirst({ where: and(eq(claims.id, id), eq(claims.orgId, user.orgId)) });
  if (!claim) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  // expect: unrestricted-upload
  const form = await req.formData();
  const file = form.get('receipt') as File | null;
  if (!file) return NextResponse.json({ error: 'receipt is required' }, { status: 400 });
  if (file.size > MAX_BYTES) return NextResponse.json({ error: 'File too large' }, { status: 413 });

  const key = `${user.orgId}/${claim.id}/${crypto.randomUUID()}`;
  await putObject(key, Buffer.from(await file.arrayBuffer()), file.type);
  const [row] = await db
    .insert(receipts)
    .values({ orgId: user.orgId, claimId: claim.id, storageKey: key, contentType: file.type, sizeBytes: file.size })
    .returning();
  return NextResponse.json(row, { status: 201 });
}
