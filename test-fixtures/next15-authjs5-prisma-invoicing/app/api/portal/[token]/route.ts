import { cookies } from 'next/headers';
import { prisma } from '@/lib/prisma';

// the link mailed to the client: the share token is the access grant, anyone holding it may look
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invoice = await prisma.invoice.findUnique({
    where: { shareToken: token },
    select: { number: true, amountCents: true, currency: true, dueDate: true, status: true, lines: true },
  });
  if (!invoice) return new Response('Not found', { status: 404 });
  const jar = await cookies();
  // expect: insecure-cookie
  jar.set('portal_session', token, { httpOnly: true, path: '/portal' });
  // ok: insecure-cookie
  jar.set('portal_seen', '1', { path: '/portal' });
  return Response.json(invoice);
}
