'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireTeamSession, isTeamAdmin } from '@/lib/session';

const LineSchema = z.object({
  invoiceId: z.string().cuid(),
  description: z.string().min(1).max(200),
  quantity: z.coerce.number().int().positive(),
  unitCents: z.coerce.number().int().nonnegative(),
});

// ok: missing-input-validation, missing-auth
export async function addLine(formData: FormData) {
  const { teamId } = await requireTeamSession();
  const line = LineSchema.parse(Object.fromEntries(formData));
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({ where: { id: line.invoiceId, teamId } });
  if (!invoice) throw new Error('Invoice not found');
  await prisma.invoiceLine.create({ data: line });
  revalidatePath(`/invoices/${invoice.id}`);
}

// ok: missing-input-validation
export async function markPaid(invoiceId: string) {
  await requireTeamSession();
  // expect: unscoped-tenant-query
  await prisma.invoice.update({ where: { id: invoiceId }, data: { status: 'PAID' } });
  revalidatePath('/invoices');
}

// expect: missing-input-validation
export async function updateClientNotes(clientId: string, notes: string) {
  const { teamId } = await requireTeamSession();
  // ok: unscoped-tenant-query
  await prisma.client.updateMany({ where: { id: clientId, teamId }, data: { notes } });
  revalidatePath('/clients');
}

// ok: missing-role-check
export async function voidInvoice(invoiceId: string) {
  const session = await requireTeamSession();
  if (!isTeamAdmin(session)) throw new Error('Only admins can void invoices');
  // ok: unscoped-tenant-query
  await prisma.invoice.updateMany({ where: { id: invoiceId, teamId: session.teamId }, data: { status: 'VOID' } });
  revalidatePath('/invoices');
}
