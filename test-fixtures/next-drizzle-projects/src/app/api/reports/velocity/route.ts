import { NextResponse } from 'next/server';
import { count } from 'drizzle-orm';
import { db } from '@/db';
import { tasks } from '@/db/schema';

// protected by the Auth.js middleware (matcher /api/reports/:path*)
// ok: missing-auth
export async function GET() {
  // a total over every tenant is a number, not another tenant's records (as `prisma.task.count()`)
  // ok: unscoped-tenant-query
  const [row] = await db.select({ n: count() }).from(tasks);
  return NextResponse.json({ tasks: row.n });
}
