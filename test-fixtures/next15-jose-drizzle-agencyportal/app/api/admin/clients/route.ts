import { NextResponse, type NextRequest } from 'next/server';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { clients } from '@/db/schema';
import { getSession } from '@/lib/session';

async function requireStaff() {
  const session = await getSession();
  if (!session) return { error: NextResponse.json({ error: 'Unauthorized' }, { status: 401 }) };
  if (session.role !== 'staff') return { error: NextResponse.json({ error: 'Forbidden' }, { status: 403 }) };
  return { session };
}

// ok: missing-auth, missing-role-check
export async function GET() {
  const { error } = await requireStaff();
  if (error) return error;
  // ok: unscoped-tenant-query
  const rows = await db.select().from(clients).orderBy(asc(clients.name));
  return NextResponse.json(rows);
}

const NewClient = z.object({
  name: z.string().trim().min(2).max(160),
  billingEmail: z.string().email(),
  billingAddress: z.string().max(500).optional(),
});

// ok: missing-auth, missing-role-check, missing-input-validation
export async function POST(req: NextRequest) {
  const { error } = await requireStaff();
  if (error) return error;
  const parsed = NewClient.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const [client] = await db.insert(clients).values(parsed.data).returning();
  return NextResponse.json(client, { status: 201 });
}
