'use server';

import { clerkClient, currentUser } from '@clerk/nextjs/server';
import { revalidatePath } from 'next/cache';

// known gap: a write through an auth provider's user-admin SDK (Clerk updateUserMetadata with the client's `role`) is not read as a write of request data (missing-input-validation)
// expect: missing-role-check
export async function setUserRole(userId: string, role: string) {
  const me = await currentUser();
  if (!me) throw new Error('Unauthorized');
  await clerkClient.users.updateUserMetadata(userId, { publicMetadata: { role } });
  revalidatePath('/admin/users');
}

// ok: missing-role-check, missing-auth
export async function banUser(userId: string) {
  const me = await currentUser();
  if (!me || me.publicMetadata.role !== 'platform_admin') throw new Error('Forbidden');
  await clerkClient.users.banUser(userId);
  revalidatePath('/admin/users');
}
