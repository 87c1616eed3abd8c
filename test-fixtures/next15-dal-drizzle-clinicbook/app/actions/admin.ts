'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { removeStaff, setStaffRole } from '@/lib/dal';

const RoleInput = z.object({ userId: z.number().int(), role: z.enum(['staff', 'admin']) });

// ok: missing-auth, missing-role-check
export async function changeStaffRole(userId: number, role: 'staff' | 'admin') {
  const input = RoleInput.parse({ userId, role });
  await setStaffRole(input.userId, input.role);
  revalidatePath('/dashboard/admin/staff');
}

// expect: missing-role-check
export async function deleteStaffMember(userId: number) {
  await removeStaff(userId);
  revalidatePath('/dashboard/admin/staff');
}
