import { put } from '@vercel/blob';
import { NextResponse } from 'next/server';
import { requireMembership, toErrorResponse } from '@/lib/auth';
import { logger } from '@/lib/logger';

type Params = { params: Promise<{ orgId: string }> };

// ok: missing-auth, missing-role-check
// expect: missing-rate-limit
export async function POST(request: Request, { params }: Params) {
  try {
    const { orgId } = await params;
    await requireMembership(orgId, ['owner', 'admin']);
    // any size, any type (an SVG with a script included) is stored and served from the blob domain
    // expect: unrestricted-upload
    const form = await request.formData();
    const file = form.get('logo') as File | null;
    if (!file) return NextResponse.json({ error: 'No file' }, { status: 400 });
    const blob = await put(`orgs/${orgId}/logo-${Date.now()}`, file, { access: 'public', contentType: file.type });
    logger.info({ orgId, size: file.size }, 'logo uploaded');
    return NextResponse.json({ url: blob.url });
  } catch (err) {
    return toErrorResponse(err);
  }
}
