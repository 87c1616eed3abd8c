import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/db';
import { donors } from '@/db/schema';
import { withApiErrors } from '@/lib/api';
import { requireMembership } from '@/lib/auth';

type Ctx = { params: Promise<{ orgId: string }> };

const DonorInput = z.object({
  fullName: z.string().min(1).max(160),
  email: z.string().email().nullable().optional(),
  emailOptIn: z.boolean().default(true),
  notes: z.string().max(4000).optional(),
});

// ok: missing-auth
export const GET = withApiErrors(async (req: Request, { params }: Ctx) => {
  const { orgId } = await params;
  await requireMembership(orgId);
  const showArchived = new URL(req.url).searchParams.get('archived') === '1';
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(donors)
    .where(and(eq(donors.orgId, orgId), eq(donors.archived, showArchived)));
  return NextResponse.json(rows);
});

// ok: missing-auth, missing-input-validation
export const POST = withApiErrors(async (req: Request, { params }: Ctx) => {
  const { orgId } = await params;
  await requireMembership(orgId, ['owner', 'admin', 'fundraiser']);
  const input = DonorInput.parse(await req.json());
  const [donor] = await db
    .insert(donors)
    .values({ ...input, orgId })
    .returning();
  return NextResponse.json(donor, { status: 201 });
});
