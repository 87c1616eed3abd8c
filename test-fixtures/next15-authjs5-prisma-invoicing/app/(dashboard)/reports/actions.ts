'use server';

import { redirect } from 'next/navigation';
import { Resend } from 'resend';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

const resend = new Resend(process.env.RESEND_API_KEY);

// /reports is not in the middleware matcher
// ok: missing-auth
export async function getRevenueSummary() {
  const session = await auth();
  if (!session?.user) redirect('/login');
  // ok: unscoped-tenant-query
  return prisma.invoice.groupBy({
    by: ['status'],
    where: { teamId: session.user.teamId },
    _sum: { amountCents: true },
  });
}

// expect: missing-auth
export async function emailStatement(clientId: string) {
  // ok: unscoped-tenant-query
  const client = await prisma.client.findUnique({ where: { id: clientId }, include: { invoices: true } });
  if (!client) return { error: 'Unknown client' };
  const open = client.invoices.filter((i) => i.status === 'SENT');
  await resend.emails.send({
    from: 'billing@ledgerly.example',
    to: client.email,
    subject: 'Your open invoices',
    text: open.map((i) => `${i.number}: ${(i.amountCents / 100).toFixed(2)} ${i.currency}`).join('\n'),
  });
  return { sent: open.length };
}
