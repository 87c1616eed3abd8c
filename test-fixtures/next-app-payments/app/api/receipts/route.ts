import { NextResponse } from 'next/server';
import { writeFile } from 'fs/promises';
import path from 'path';
import { db } from '@/lib/db';
import { getSession } from '@/lib/session';

// expect: missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // expect: unrestricted-upload
  const form = await req.formData();
  const file = form.get('receipt') as File | null;
  if (!file) return NextResponse.json({ error: 'No file' }, { status: 400 });
  const name = `${Date.now()}-${file.name}`;
  await writeFile(path.join(process.cwd(), 'uploads', name), Buffer.from(await file.arrayBuffer()));
  const receipt = await db.receipt.create({ data: { merchantId: session.merchantId, file: name } });
  return NextResponse.json(receipt, { status: 201 });
}
