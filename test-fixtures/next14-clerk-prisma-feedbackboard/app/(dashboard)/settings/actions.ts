'use server';

import { randomBytes, createHash } from 'crypto';
import { clerkClient } from '@clerk/nextjs/server';
import { put } from '@vercel/blob';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireOrgAdmin } from '@/lib/auth';
import { uploadRatelimit } from '@/lib/ratelimit';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];
const MAX_LOGO_BYTES = 512 * 1024;

// ok: missing-auth, missing-rate-limit, unrestricted-upload
export async function uploadLogo(formData: FormData) {
  const { orgId, userId } = requireOrgAdmin();
  const { success } = await uploadRatelimit.limit(userId);
  if (!success) return { error: 'Too many uploads, try again in a minute' };
  const file = formData.get('logo') as File | null;
  if (!file || file.size === 0) return { error: 'Choose a file' };
  if (file.size > MAX_LOGO_BYTES) return { error: 'Logo must be under 512 KB' };
  if (!LOGO_TYPES.includes(file.type)) return { error: 'PNG, JPEG or SVG only' };
  const blob = await put(`logos/${orgId}`, file, { access: 'public', addRandomSuffix: true });
  revalidatePath('/settings');
  return { url: blob.url };
}

// ok: missing-auth, missing-input-validation
export async function createApiKey(name: string) {
  const { orgId } = requireOrgAdmin();
  const label = z.string().min(1).max(60).parse(name);
  const key = `fbk_${randomBytes(24).toString('hex')}`;
  await prisma.apiKey.create({ data: { orgId, name: label, hashedKey: createHash('sha256').update(key).digest('hex') } });
  // expect: token-logging
  console.log(`API key created for ${orgId}: ${key}`);
  revalidatePath('/settings/integrations');
  return { key };
}

// expect: missing-rate-limit
export async function inviteTeammate(email: string) {
  const { orgId, userId } = requireOrgAdmin();
  const address = z.string().email().parse(email);
  await clerkClient.organizations.createOrganizationInvitation({
    organizationId: orgId,
    inviterUserId: userId,
    emailAddress: address,
    role: 'org:member',
  });
  revalidatePath('/settings/team');
}
