import { auth0 } from '@/lib/auth0';
import { prisma } from '@/lib/prisma';

// expect: missing-rate-limit
export async function GET() {
  const session = await auth0.getSession();
  if (!session) return new Response('Unauthorized', { status: 401 });
  // expect: token-logging
  console.log('csv export requested', session.user.email, session.tokenSet.accessToken);
  const user = await prisma.user.findUniqueOrThrow({ where: { auth0Sub: session.user.sub } });
  // ok: unscoped-tenant-query
  const tickets = await prisma.ticket.findMany({ where: { organizationId: user.organizationId } });
  const csv = ['id,subject,status', ...tickets.map((t) => `${t.id},"${t.subject}",${t.status}`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="tickets.csv"' },
  });
}
