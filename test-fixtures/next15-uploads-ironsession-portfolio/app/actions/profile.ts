'use server';

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { getSession } from '@/lib/session';
import { IMAGE_TYPES, MAX_UPLOAD_BYTES } from '@/lib/s3';

const AVATAR_DIR = path.join(process.cwd(), 'public', 'avatars');

// Avatar upload from the profile form.
// expect: missing-rate-limit
// ok: missing-auth
export async function uploadAvatar(formData: FormData) {
  const session = await getSession();
  if (!session.userId) throw new Error('Not signed in');
  // expect: unrestricted-upload
  const file = formData.get('avatar') as File;
  if (file.size > MAX_UPLOAD_BYTES) return { error: 'Avatar too large' };
  const name = `${randomUUID()}.img`;
  await writeFile(path.join(AVATAR_DIR, name), Buffer.from(await file.arrayBuffer()));
  await prisma.user.update({ where: { id: session.userId }, data: { avatarKey: name } });
  revalidatePath('/dashboard');
  return { ok: true };
}

// Cover image: same form, but checked like the API upload.
// expect: missing-rate-limit
// ok: missing-auth
export async function uploadCover(formData: FormData) {
  const session = await getSession();
  if (!session.userId) throw new Error('Not signed in');
  // ok: unrestricted-upload
  const file = formData.get('cover') as File;
  if (file.size > MAX_UPLOAD_BYTES || !IMAGE_TYPES.has(file.type)) return { error: 'Use a PNG, JPEG or WebP under 8 MB' };
  const name = `${randomUUID()}.img`;
  await writeFile(path.join(AVATAR_DIR, name), Buffer.from(await file.arrayBuffer()));
  return { ok: true, name };
}

const titleSchema = z.object({ projectId: z.string().cuid(), title: z.string().min(1).max(120) });

// ok: missing-auth, missing-input-validation
export async function renameProject(formData: FormData) {
  const session = await getSession();
  if (!session.userId) throw new Error('Not signed in');
  const { projectId, title } = titleSchema.parse(Object.fromEntries(formData));
  try {
    // ok: unscoped-tenant-query
    await prisma.project.updateMany({ where: { id: projectId, ownerId: session.userId }, data: { title } });
    revalidatePath('/dashboard');
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { error: (e as Error).message };
  }
}
