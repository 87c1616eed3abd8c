'use server';

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/prisma';
import { requireOrgSession } from '@/lib/session';

const LOGO_TYPES = ['image/png', 'image/svg+xml', 'image/jpeg'];

// (the stored path keeps the extension of the client's file name)
// ok: missing-auth, unscoped-tenant-query
// expect: missing-rate-limit, missing-input-validation
export async function uploadLogo(formData: FormData) {
  const { organizationId } = await requireOrgSession();
  // ok: unrestricted-upload
  const logo = formData.get('logo') as File;
  if (!logo || logo.size > 512 * 1024 || !LOGO_TYPES.includes(logo.type)) throw new Error('PNG, JPEG or SVG under 512 KB');
  const file = `${organizationId}${path.extname(logo.name) || '.png'}`;
  await writeFile(path.join(process.cwd(), 'public', 'logos', file), Buffer.from(await logo.arrayBuffer()));
  await prisma.organization.update({ where: { id: organizationId }, data: { logo: `/logos/${file}` } });
  revalidatePath('/dashboard/settings');
}

// ok: missing-auth
// expect: missing-rate-limit
export async function uploadOfferTemplate(formData: FormData) {
  const { organizationId } = await requireOrgSession();
  // expect: unrestricted-upload
  const template = formData.get('template') as File;
  if (!template) throw new Error('No file');
  await writeFile(path.join(process.cwd(), 'storage', organizationId, 'offer-template.docx'), Buffer.from(await template.arrayBuffer()));
  revalidatePath('/dashboard/settings');
}
