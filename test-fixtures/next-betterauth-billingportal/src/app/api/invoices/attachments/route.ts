import { NextResponse } from 'next/server';
import { put } from '@vercel/blob';
import { getSession } from '@/lib/session';

const MAX_BYTES = 10 * 1024 * 1024;
const ALLOWED = ['application/pdf', 'image/png', 'image/jpeg'];

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(request: Request) {
  const session = await getSession();
  const orgId = session?.session.activeOrganizationId;
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'file required' }, { status: 400 });
  if (file.size > MAX_BYTES || !ALLOWED.includes(file.type)) {
    return NextResponse.json({ error: 'Unsupported file' }, { status: 415 });
  }
  const blob = await put(`orgs/${orgId}/attachments/${file.name}`, file, { access: 'public' });
  return NextResponse.json({ url: blob.url });
}
