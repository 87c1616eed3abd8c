import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';

// read-only deal summary for the client, opened from the shared link
// ok: missing-auth
export async function loader({ params }: LoaderFunctionArgs) {
  // ok: unscoped-tenant-query
  const deal = await prisma.deal.findFirst({
    where: { shareToken: params.token },
    select: { title: true, amount: true, stage: true },
  });
  if (!deal) throw new Response('Not found', { status: 404 });
  return json({ deal });
}
