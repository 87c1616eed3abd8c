import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/db';
import { receipts, timeEntries } from '@/db/schema';
import { requireUser } from '@/lib/auth';

// the stored url carries the client's file name unchecked
// expect: missing-rate-limit, missing-input-validation
export async function POST(request: Request) {
  const user = await requireUser();
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file') as File | null;
  const entryId = String(form.get('entryId') ?? '');
  if (!file) return NextResponse.json({ error: 'file required' }, { status: 400 });
  // ok: unscoped-tenant-query
  const entry = await db.query.timeEntries.findFirst({
    where: and(eq(timeEntries.id, entryId), eq(timeEntries.teamId, user.teamId)),
  });
  if (!entry) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const name = `${crypto.randomUUID()}-${file.name}`;
  await writeFile(path.join(process.cwd(), 'uploads', name), Buffer.from(await file.arrayBuffer()));
  await db.insert(receipts).values({ id: crypto.randomUUID(), teamId: user.teamId, entryId: entry.id, url: `/uploads/${name}` });
  return NextResponse.json({ ok: true }, { status: 201 });
}
