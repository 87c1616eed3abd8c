'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { Resend } from 'resend';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';
import { partnerActionClient } from '@/lib/safe-action';

const resend = new Resend(process.env.RESEND_API_KEY);

// invitations mail a sign-up link to any address, as often as a partner clicks
// expect: missing-rate-limit
export const inviteAssociate = partnerActionClient
  .inputSchema(z.object({ email: z.string().email(), role: z.enum(['ASSOCIATE', 'PARALEGAL']) }))
  .action(async ({ parsedInput, ctx }) => {
    await resend.emails.send({
      from: 'Casedesk <noreply@casedesk.example>',
      to: parsedInput.email,
      subject: 'You have been invited to Casedesk',
      text: `Join your firm: https://casedesk.example/join?firm=${ctx.user.firmId}&role=${parsedInput.role}`,
    });
    return { sent: true };
  });

// any signed-in associate can promote anyone in the firm to partner
// ok: missing-auth
// expect: missing-role-check, missing-input-validation
export async function changeRole(userId: string, role: 'ADMIN' | 'PARTNER' | 'ASSOCIATE' | 'PARALEGAL') {
  const me = await requireUser();
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: userId, firmId: me.firmId }, data: { role } });
  revalidatePath('/settings/team');
}

// ok: missing-auth, missing-role-check, missing-input-validation
export const removeUser = partnerActionClient
  .inputSchema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: unscoped-tenant-query
    await prisma.user.deleteMany({ where: { id: parsedInput.userId, firmId: ctx.user.firmId } });
    revalidatePath('/settings/team');
  });

// ok: missing-auth
export async function listTeam() {
  const me = await requireUser();
  // ok: unscoped-tenant-query
  return prisma.user.findMany({ where: { firmId: me.firmId }, select: { id: true, name: true, email: true, role: true } });
}
