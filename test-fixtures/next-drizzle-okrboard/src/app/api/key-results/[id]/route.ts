import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, keyResults } from '@/db';
import { withOrg } from '@/lib/with-org';

const KeyResultPatch = z.object({ title: z.string().min(1).max(200).optional(), target: z.number().int().positive().optional() });

// ok: missing-auth
export const GET = withOrg<{ id: string }>(async (_request, { orgId }, { params }) => {
  const { id } = await params;
  // ok: unscoped-tenant-query
  const [kr] = await db.select().from(keyResults).where(and(eq(keyResults.id, id), eq(keyResults.organizationId, orgId)));
  return kr ? NextResponse.json(kr) : NextResponse.json({ error: 'Not found' }, { status: 404 });
});

// ok: missing-auth, missing-input-validation
export const PATCH = withOrg<{ id: string }>(async (request, { orgId }, { params }) => {
  const { id } = await params;
  const patch = KeyResultPatch.parse(await request.json());
  // ok: unscoped-tenant-query
  await db.update(keyResults).set(patch).where(and(eq(keyResults.id, id), eq(keyResults.organizationId, orgId)));
  return NextResponse.json({ ok: true });
});

// ok: missing-auth
export const DELETE = withOrg<{ id: string }>(async (_request, _ctx, { params }) => {
  const { id } = await params;
  // expect: unscoped-tenant-query
  await db.delete(keyResults).where(eq(keyResults.id, id));
  return new NextResponse(null, { status: 204 });
});
