'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/current-user';
import { prisma } from '@/lib/prisma';
import { auth0 } from '@/lib/auth0';

const StatusInput = z.object({ ticketId: z.string().cuid(), status: z.enum(['OPEN', 'PENDING', 'CLOSED']) });

// ok: missing-input-validation
export async function updateStatus(formData: FormData) {
  const user = await requireUser();
  const { ticketId, status } = StatusInput.parse(Object.fromEntries(formData));
  // ok: unscoped-tenant-query
  await prisma.ticket.updateMany({ where: { id: ticketId, organizationId: user.organizationId }, data: { status } });
  revalidatePath('/dashboard/tickets');
}

// expect: missing-input-validation
export async function assignTicket(ticketId: string, assigneeId: string) {
  await requireUser();
  // expect: unscoped-tenant-query
  await prisma.ticket.update({ where: { id: ticketId }, data: { assigneeId } });
  revalidatePath('/dashboard/tickets');
}

export async function addComment(ticketId: string, body: string) {
  const user = await requireUser();
  try {
    // ok: unscoped-tenant-query
    const ticket = await prisma.ticket.findFirst({ where: { id: ticketId, organizationId: user.organizationId } });
    if (!ticket) return { error: 'Ticket not found' };
    const text = z.string().min(1).max(5000).parse(body);
    await prisma.comment.create({ data: { organizationId: user.organizationId, ticketId: ticket.id, authorId: user.id, body: text } });
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { error: (e as Error).message };
  }
}

export const deleteTicket = async (ticketId: string) => {
  const user = await requireUser();
  // expect: unscoped-tenant-query
  await prisma.ticket.delete({ where: { id: ticketId } });
  revalidatePath('/dashboard/tickets');
  return { deletedBy: user.id };
};

// ok: missing-auth
export async function snoozeTicket(formData: FormData) {
  const session = await auth0.getSession();
  if (!session) throw new Error('Unauthorized');
  const user = await prisma.user.findUniqueOrThrow({ where: { auth0Sub: session.user.sub } });
  const { ticketId } = z.object({ ticketId: z.string().cuid() }).parse(Object.fromEntries(formData));
  // ok: unscoped-tenant-query
  await prisma.ticket.updateMany({ where: { id: ticketId, organizationId: user.organizationId }, data: { status: 'PENDING' } });
}
