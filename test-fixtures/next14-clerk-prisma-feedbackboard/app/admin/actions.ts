'use server';

import { clerkClient, currentUser } from '@clerk/nextjs/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';

// the client's `role` goes into the user's Clerk metadata unchecked, and any signed-in user may set anyone's
// expect: missing-role-check, missing-input-validation
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

const RoleChange = z.object({ userId: z.string().min(1), role: z.enum(['member', 'moderator']) });

// platform admins only, and the role is one of two the schema allows
// ok: missing-role-check, missing-input-validation
export async function changeRole(input: unknown) {
  const me = await currentUser();
  if (!me || me.publicMetadata.role !== 'platform_admin') throw new Error('Forbidden');
  const { userId, role } = RoleChange.parse(input);
  await clerkClient.users.updateUserMetadata(userId, { publicMetadata: { role } });
  revalidatePath('/admin/users');
}
