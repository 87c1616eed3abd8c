import { NextResponse } from 'next/server';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { db, invoices, customers } from '@/db';
import { getSession } from '@/lib/session';

const createInvoice = z.object({
  customerId: z.string().uuid(),
  number: z.string().min(1).max(32),
  amountCents: z.number().int().positive(),
  currency: z.enum(['usd', 'eur', 'gbp']).default('usd'),
  dueAt: z.coerce.date().optional(),
});

// ok: missing-auth
export async function GET(request: Request) {
  const session = await getSession();
  if (!session?.session.activeOrganizationId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const status = new URL(request.url).searchParams.get('status');
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(invoices)
    .where(
      status
        ? and(eq(invoices.organizationId, session.session.activeOrganizationId), eq(invoices.status, status as 'paid'))
        : eq(invoices.organizationId, session.session.activeOrganizationId),
    )
    .orderBy(desc(invoices.number));
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(request: Request) {
  const session = await getSession();
  const orgId = session?.session.activeOrganizationId;
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  try {
    const input = createInvoice.parse(await request.json());
    // ok: unscoped-tenant-query
    const customer = await db.query.customers.findFirst({
      where: and(eq(customers.id, input.customerId), eq(customers.organizationId, orgId)),
    });
    if (!customer) return NextResponse.json({ error: 'Unknown customer' }, { status: 400 });
    const [row] = await db.insert(invoices).values({ ...input, organizationId: orgId }).returning();
    return NextResponse.json(row, { status: 201 });
  } catch (err) {
    if (err instanceof z.ZodError) {
      return NextResponse.json({ error: 'Invalid input', issues: err.issues }, { status: 422 });
    }
    // expect: error-details-leak
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}
