import { NextRequest, NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '@/lib/db';
import { requireAdmin } from '@/lib/session';

const roleSchema = z.object({ role: z.enum(['admin', 'approver', 'member']) });

// ok: missing-auth, missing-role-check, missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin();
  const { id } = await params;
  const { role } = roleSchema.parse(await req.json());
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(users)
    .set({ role })
    .where(and(eq(users.id, id), eq(users.orgId, admin.orgId)))
    .returning({ id: users.id, role: users.role });
  if (!row) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(row);
}
