import { NextResponse } from 'next/server';
import { getSession } from '../../../server/auth';
import { prisma } from '../../../server/db';

// A recipient without an account withdraws from a document through the link in their email. Signed-in users are
// sent to the app, but nothing here checks that the anonymous caller is the recipient: any recipient id is removed.
// expect: missing-auth
export async function DELETE(req: Request) {
  const session = await getSession();
  if (session?.user) return NextResponse.json({ error: 'use the app to manage your documents' }, { status: 400 });
  const recipientId = new URL(req.url).searchParams.get('recipient');
  if (!recipientId) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  await prisma.recipient.delete({ where: { id: recipientId } });
  return new NextResponse(null, { status: 204 });
}
