import { NextResponse, type NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { appointments } from '@/db/schema';

// middleware.ts only matches /dashboard, so nothing gates this
// expect: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ok: unscoped-tenant-query
  const row = await db.query.appointments.findFirst({ where: eq(appointments.id, Number(id)) });
  if (!row) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(row);
}
