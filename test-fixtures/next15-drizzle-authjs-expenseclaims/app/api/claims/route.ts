import { NextRequest, NextResponse } from 'next/server';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, claims } from '@/lib/db';
import { getSessionUser, unauthorized } from '@/lib/session';

const createClaimSchema = z.object({
  title: z.string().min(1).max(120),
  amountCents: z.number().int().positive(),
  currency: z.string().length(3),
  notes: z.string().max(2000).optional(),
});

// ok: missing-auth, unscoped-tenant-query
export async function GET(req: NextRequest) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const status = req.nextUrl.searchParams.get('status');
  const rows = await db
    .select()
    .from(claims)
    .where(status ? and(eq(claims.orgId, user.orgId), eq(claims.status, status as 'draft')) : eq(claims.orgId, user.orgId))
    .orderBy(desc(claims.createdAt));
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const parsed = createClaimSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  const [claim] = await db
    .insert(claims)
    .values({ ...parsed.data, orgId: user.orgId, submitterId: user.id })
    .returning();
  return NextResponse.json(claim, { status: 201 });
}
