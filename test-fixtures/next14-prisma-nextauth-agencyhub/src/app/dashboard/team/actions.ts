'use server';

import { randomBytes } from 'crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { isTeamAdmin, requireUser } from '@/lib/session';

const InviteForm = z.object({ email: z.string().email(), role: z.enum(['MEMBER', 'ADMIN']) });
const RoleInput = z.enum(['MEMBER', 'ADMIN', 'OWNER']);

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export async function inviteMember(formData: FormData) {
  const user = await requireUser();
  if (!isTeamAdmin(user)) throw new Error('Forbidden');
  const { email, role } = InviteForm.parse(Object.fromEntries(formData));
  await prisma.invite.create({ data: { teamId: user.teamId, email, role, token: randomBytes(24).toString('hex') } });
  revalidatePath('/dashboard/team');
}

// ok: missing-auth, missing-input-validation
// expect: missing-role-check
export async function changeMemberRole(memberId: string, role: string) {
  const user = await requireUser();
  const nextRole = RoleInput.parse(role);
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: memberId, teamId: user.teamId }, data: { role: nextRole } });
  revalidatePath('/dashboard/team');
}

// ok: missing-auth, missing-role-check
export async function removeMember(memberId: string) {
  const user = await requireUser();
  if (user.role !== 'OWNER') throw new Error('Only owners can remove members');
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: memberId, teamId: user.teamId } });
  revalidatePath('/dashboard/team');
}
