import { NextResponse, type NextRequest } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, campaigns } from '@/lib/db';
import { requireStaff } from '@/lib/auth/staff';

const NewCampaign = z.object({
  title: z.string().min(3).max(120),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  story: z.string().max(20_000).optional(),
  goalCents: z.number().int().positive(),
});

// ok: missing-auth
export async function GET() {
  const { orgId } = await requireStaff();
  // ok: unscoped-tenant-query
  const rows = await db.select().from(campaigns).where(eq(campaigns.orgId, orgId)).orderBy(desc(campaigns.createdAt));
  return NextResponse.json({ campaigns: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const { orgId } = await requireStaff();
  const parsed = NewCampaign.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const [created] = await db
    .insert(campaigns)
    .values({ ...parsed.data, orgId })
    .returning();
  return NextResponse.json(created, { status: 201 });
}
