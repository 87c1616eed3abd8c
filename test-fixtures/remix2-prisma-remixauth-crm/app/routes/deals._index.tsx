import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// pipeline board; filters come straight from the query string (?stage=won&contactId=...)
// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  // expect: unscoped-tenant-query
  const deals = await prisma.deal.findMany({ where: { accountId: user.accountId, ...filters }, orderBy: { amount: 'desc' } });
  return json({ deals });
}
