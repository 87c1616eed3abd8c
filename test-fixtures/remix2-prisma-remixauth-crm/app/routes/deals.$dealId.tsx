import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { randomBytes } from 'node:crypto';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const deal = await prisma.deal.findUnique({ where: { id: params.dealId }, include: { contact: true } });
  if (!deal || deal.accountId !== user.accountId) throw new Response('Not found', { status: 404 });
  return json({ deal });
}

// "share with client" makes a read-only link
// ok: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const { count } = await prisma.deal.updateMany({
    where: { id: params.dealId, accountId: user.accountId },
    data: { shareToken: randomBytes(24).toString('base64url') },
  });
  if (!count) throw new Response('Not found', { status: 404 });
  return json({ ok: true });
}
