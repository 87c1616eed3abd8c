import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
import { putObject } from '@/lib/storage';

const MAX_BYTES = 25 * 1024 * 1024;

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ matterId: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { matterId } = await params;
  // ok: unscoped-tenant-query
  const docs = await prisma.document.findMany({ where: { matterId, firmId: session.user.firmId }, orderBy: { uploadedAt: 'desc' } });
  return NextResponse.json(docs);
}

// the document row keeps the client's file name as sent
// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ matterId: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { matterId } = await params;
  // ok: unscoped-tenant-query
  const matter = await prisma.matter.findFirst({ where: { id: matterId, firmId: session.user.firmId } });
  if (!matter) return NextResponse.json({ error: 'not found' }, { status: 404 });

  // expect: unrestricted-upload
  const form = await req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'file is required' }, { status: 400 });
  if (file.size > MAX_BYTES) return NextResponse.json({ error: 'file too large' }, { status: 413 });

  const storageKey = `${session.user.firmId}/${matter.id}/${crypto.randomUUID()}-${file.name}`;
  await putObject(storageKey, new Uint8Array(await file.arrayBuffer()), file.type);
  const doc = await prisma.document.create({ data: { firmId: session.user.firmId, matterId: matter.id, filename: file.name, storageKey } });
  return NextResponse.json(doc, { status: 201 });
}
