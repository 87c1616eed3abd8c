import { NextResponse } from 'next/server';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { db, claims } from '@/lib/db';

const BulkSchema = z.object({ ids: z.array(z.string().uuid()).max(100), status: z.enum(['approved', 'rejected']) });

// Auth.js v5 wrapper: req.auth holds the session (null for anonymous callers)
// ok: missing-auth, missing-input-validation
export const POST = auth(async (req) => {
  if (!req.auth?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { ids, status } = BulkSchema.parse(await req.json());
  // expect: unscoped-tenant-query
  const rows = await db.update(claims).set({ status }).where(inArray(claims.id, ids)).returning({ id: claims.id });
  return NextResponse.json({ updated: rows.length });
});

// expect: missing-auth
export const GET = auth(async (req) => {
  const ids = req.nextUrl.searchParams.getAll('id');
  const rows = await db.select().from(claims).where(inArray(claims.id, ids));
  return NextResponse.json(rows);
});
