import { NextResponse, type NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { clients } from '@/db/schema';
import { requireStaff } from '@/lib/session';

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-role-check
// expect: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  await requireStaff();
  const { id } = await params;
  const changes = await req.json();
  // ok: unscoped-tenant-query
  const [client] = await db.update(clients).set(changes).where(eq(clients.id, Number(id))).returning();
  return NextResponse.json(client);
}

// ok: missing-auth, missing-role-check
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  await requireStaff();
  const { id } = await params;
  // ok: unscoped-tenant-query
  await db.delete(clients).where(eq(clients.id, Number(id)));
  return new NextResponse(null, { status: 204 });
}
