import { NextResponse } from 'next/server';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { getSession } from '@/lib/session';

const PUBLIC_DIR = path.join(process.cwd(), 'public', 'uploads');

// ok: missing-auth, unscoped-tenant-query
export async function GET() {
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const assets = await prisma.asset.findMany({ where: { ownerId: session.userId } });
  return NextResponse.json(assets);
}

// Quick "drop a file into the portfolio" endpoint used by the editor.
// expect: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function POST(request: Request) {
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  try {
    // expect: unrestricted-upload
    const data = await request.formData();
    const file = data.get('file') as File;
    const bytes = Buffer.from(await file.arrayBuffer());
    await writeFile(path.join(PUBLIC_DIR, file.name), bytes);
    const asset = await prisma.asset.create({ data: { ownerId: session.userId, key: `uploads/${file.name}`, contentType: file.type, bytes: bytes.length } });
    return NextResponse.json(asset, { status: 201 });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}
