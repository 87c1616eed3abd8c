import { NextResponse } from 'next/server';
import { put } from '@/lib/storage';
import { db } from '@/lib/db';
import { getSession } from '@/lib/session';

const MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

// expect: missing-rate-limit
// (debatable: the form's file is size- and type-checked, and the row written holds a URL made from the session and a UUID)
// expect: missing-input-validation
export async function POST(req: Request) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unrestricted-upload
  const form = await req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'No file' }, { status: 400 });
  if (file.size > MAX_BYTES) return NextResponse.json({ error: 'File too large' }, { status: 413 });
  if (!ALLOWED_TYPES.includes(file.type)) return NextResponse.json({ error: 'Unsupported type' }, { status: 415 });
  const url = await put(`invoices/${session.merchantId}/${crypto.randomUUID()}`, file);
  const invoice = await db.invoice.create({ data: { merchantId: session.merchantId, pdfUrl: url, status: 'draft' } });
  return NextResponse.json(invoice, { status: 201 });
}
