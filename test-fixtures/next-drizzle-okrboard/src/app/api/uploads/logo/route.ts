import { put } from '@vercel/blob';
import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db, organization } from '@/db';
import { isOrgAdmin, membershipRole, requireOrg } from '@/lib/session';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

// (the URL put() returns for a key built from server values, `logos/${orgId}`, is the storage's, not the client's data)
// expect: missing-rate-limit
// ok: missing-auth, missing-role-check, missing-input-validation
export async function POST(request: Request) {
  const { orgId, userId } = await requireOrg();
  if (!isOrgAdmin(await membershipRole(orgId, userId))) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  // ok: unrestricted-upload
  const form = await request.formData();
  const logo = form.get('logo') as File | null;
  if (!logo || logo.size > 512 * 1024 || !LOGO_TYPES.includes(logo.type)) {
    return NextResponse.json({ error: 'Logo must be a PNG, JPEG or WebP under 512 KB' }, { status: 400 });
  }
  const blob = await put(`logos/${orgId}`, logo, { access: 'public', contentType: logo.type });
  // ok: unscoped-tenant-query
  await db.update(organization).set({ logo: blob.url }).where(eq(organization.id, orgId));
  return NextResponse.json({ url: blob.url });
}
