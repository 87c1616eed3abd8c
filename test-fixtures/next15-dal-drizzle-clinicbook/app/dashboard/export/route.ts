import { NextResponse, type NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { appointments } from '@/db/schema';

// behind middleware.ts (matcher /dashboard/:path*), but the clinic comes from the query string
// ok: missing-auth
// expect: missing-rate-limit
export async function GET(request: NextRequest) {
  const clinicId = Number(request.nextUrl.searchParams.get('clinicId'));
  // expect: unscoped-tenant-query
  const rows = await db.select().from(appointments).where(eq(appointments.clinicId, clinicId));
  const csv = rows.map((r) => [r.id, r.patientId, r.startsAt.toISOString(), r.status].join(',')).join('\n');
  return new NextResponse(csv, { headers: { 'Content-Type': 'text/csv' } });
}
