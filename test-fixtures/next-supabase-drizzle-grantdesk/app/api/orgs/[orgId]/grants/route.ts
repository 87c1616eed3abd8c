import { and, desc, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, grants } from '@/lib/db';
import { requireMembership, toErrorResponse } from '@/lib/auth';

type Params = { params: Promise<{ orgId: string }> };

const CreateGrant = z.object({
  title: z.string().min(3).max(200),
  funder: z.string().min(2).max(120),
  amountCents: z.number().int().positive(),
  deadline: z.coerce.date().optional(),
});

// ok: missing-auth
export async function GET(request: Request, { params }: Params) {
  try {
    const { orgId } = await params;
    await requireMembership(orgId);
    const status = new URL(request.url).searchParams.get('status');
    // ok: unscoped-tenant-query
    const rows = await db
      .select()
      .from(grants)
      .where(status ? and(eq(grants.orgId, orgId), eq(grants.status, status as 'open')) : eq(grants.orgId, orgId))
      .orderBy(desc(grants.deadline));
    return NextResponse.json(rows);
  } catch (err) {
    return toErrorResponse(err);
  }
}

// ok: missing-auth, missing-input-validation, missing-role-check
export async function POST(request: Request, { params }: Params) {
  try {
    const { orgId } = await params;
    const { user } = await requireMembership(orgId, ['owner', 'admin']);
    const input = CreateGrant.parse(await request.json());
    const [grant] = await db
      .insert(grants)
      .values({ ...input, orgId, createdBy: user.id })
      .returning();
    return NextResponse.json(grant, { status: 201 });
  } catch (err) {
    return toErrorResponse(err);
  }
}
