import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { checkIns, db, keyResults } from '@/db';
import { requireOrg } from '@/lib/session';

const CheckIn = z.object({ value: z.number().int().min(0), note: z.string().max(1000).optional() });

type Params = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  await requireOrg();
  // expect: unscoped-tenant-query
  const rows = await db.select().from(checkIns).where(eq(checkIns.keyResultId, id)).orderBy(desc(checkIns.createdAt));
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  const { orgId, userId } = await requireOrg();
  // ok: unscoped-tenant-query
  const [kr] = await db
    .select()
    .from(keyResults)
    .where(and(eq(keyResults.id, id), eq(keyResults.organizationId, orgId)));
  if (!kr) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  const input = CheckIn.parse(await request.json());
  await db.insert(checkIns).values({ id: randomUUID(), organizationId: orgId, keyResultId: kr.id, authorId: userId, ...input });
  // ok: unscoped-tenant-query
  await db.update(keyResults).set({ current: input.value }).where(eq(keyResults.id, kr.id));
  return NextResponse.json({ ok: true }, { status: 201 });
}
