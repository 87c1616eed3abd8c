import { NextResponse } from 'next/server';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { files } from '@/db/schema';
import { getSession } from '@/lib/session';

const BulkSchema = z.object({ ids: z.array(z.number().int().positive()).min(1).max(50) });

// Signed download links for the files ticked in the file browser.
// ok: missing-auth
export async function POST(req: Request) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { ids } = BulkSchema.parse(await req.json());
  // expect: unscoped-tenant-query
  const rows = await db.select({ id: files.id, name: files.name, url: files.url }).from(files).where(inArray(files.id, ids));
  return NextResponse.json(rows);
}
