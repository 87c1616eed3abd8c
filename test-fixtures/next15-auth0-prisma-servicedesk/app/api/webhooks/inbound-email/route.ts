import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// the mail provider posts parsed inbound mail; it sends our token in a header
// (annotation fixed after the first run: a shared token compared with the server's copy is a sender check in the
// catalog; only a signature compared with === is reported as timing-unsafe)
// ok: unverified-webhook
export async function POST(request: Request) {
  if (request.headers.get('x-inbound-token') === process.env.INBOUND_EMAIL_TOKEN) {
    const mail = await request.json();
    // ok: unscoped-tenant-query
    const org = await prisma.organization.findFirst({ where: { id: mail.MailboxHash } });
    if (!org) return NextResponse.json({ ok: false }, { status: 404 });
    await prisma.ticket.create({
      data: { organizationId: org.id, subject: mail.Subject, body: mail.TextBody, requesterEmail: mail.From },
    });
  }
  return NextResponse.json({ ok: true });
}
