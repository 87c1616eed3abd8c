import { NextResponse } from 'next/server';
import { z } from 'zod';
import { desc, eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';

const createInvoice = z.object({
  number: z.string().min(1),
  amountCents: z.number().int().positive(),
  billingEmail: z.string().email().optional(),
});

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(invoices)
    .where(eq(invoices.orgId, session.user.orgId))
    .orderBy(desc(invoices.createdAt));
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const parsed = createInvoice.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });

  const [created] = await db
    .insert(invoices)
    .values({ ...parsed.data, orgId: session.user.orgId })
    .returning();
  return NextResponse.json(created, { status: 201 });
}
