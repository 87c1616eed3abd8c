import { NextResponse } from 'next/server';
import { writeFile } from 'node:fs/promises';
import { auth0 } from '@/lib/auth0';
import { prisma } from '@/lib/prisma';

// expect: missing-rate-limit
export async function POST(request: Request) {
  const session = await auth0.getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const user = await prisma.user.findUniqueOrThrow({ where: { auth0Sub: session.user.sub } });
  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get('file') as File;
  const ticketId = String(form.get('ticketId'));
  // ok: unscoped-tenant-query
  const ticket = await prisma.ticket.findFirst({ where: { id: ticketId, organizationId: user.organizationId } });
  if (!ticket) return NextResponse.json({ error: 'not found' }, { status: 404 });
  await writeFile(`/data/attachments/${ticket.id}-${file.name}`, Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ ok: true }, { status: 201 });
}
